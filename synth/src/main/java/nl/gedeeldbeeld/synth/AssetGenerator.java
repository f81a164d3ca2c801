package nl.gedeeldbeeld.synth;

import java.util.random.RandomGenerator;

/** Gives persons and companies their bank accounts and vehicles. */
final class AssetGenerator {
    private final World world;
    private final RandomGenerator rng;

    AssetGenerator(World world, RandomGenerator rng) {
        this.world = world;
        this.rng = rng;
    }

    void accounts(ProgressListener progress) {
        Population p = world.population;
        int n = p.size();
        for (int i = 0; i < n; i++) {
            int age = p.age(i);
            int count = age >= 18 ? (rng.nextInt(100) < 5 ? 0 : rng.nextInt(100) < 22 ? 2 : 1)
                    : age >= 12 && rng.nextBoolean() ? 1 : 0;
            int first = -1;
            for (int k = 0; k < count; k++) {
                int a = world.newAccount(Ref.person(i), world.dutchBank(rng));
                if (k == 0) {
                    first = a;
                }
            }
            world.personFirstAccount.add(first);
            if ((i & 8191) == 0) {
                progress.progress("rekeningen", i, n);
            }
        }
        Companies c = world.companies;
        for (int i = 0; i < c.size(); i++) {
            int count = 1 + (rng.nextInt(100) < 25 ? 1 : 0);
            for (int k = 0; k < count; k++) {
                int a = world.newAccount(Ref.company(i), world.dutchBank(rng));
                if (k == 0) {
                    world.companyFirstAccount.set(i, a);
                }
            }
        }
        progress.progress("rekeningen", n, n);
    }

    void vehicles(ProgressListener progress) {
        Population p = world.population;
        int n = p.size();
        for (int i = 0; i < n; i++) {
            if (p.age(i) < 18) {
                continue;
            }
            int x = rng.nextInt(100);
            int count = x < 40 ? 1 : x < 47 ? 2 : 0;
            for (int k = 0; k < count; k++) {
                world.newVehicle(Ref.person(i), rng, 2000 + rng.nextInt(25));
            }
            if ((i & 8191) == 0) {
                progress.progress("voertuigen", i, n);
            }
        }
        Companies c = world.companies;
        for (int i = 0; i < c.size(); i++) {
            String sbi = world.catalogue.sectors.get(c.sector.get(i)).sbi();
            if (sbi.equals("4941") || sbi.equals("7711") || sbi.equals("4511") || sbi.equals("4120")) {
                int count = 1 + rng.nextInt(4);
                for (int k = 0; k < count; k++) {
                    world.newVehicle(Ref.company(i), rng, 2010 + rng.nextInt(15));
                }
            }
        }
        progress.progress("voertuigen", n, n);
    }
}
