package nl.gedeeldbeeld.synth;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plants laundering structures in the payments of each network. Typologies are dealt round-robin over all
 * cases, so even the smallest world (five networks, ten cases) holds every typology.
 */
final class LaunderingPlanter {
    private static final String[] INVOICE_PURPOSES = {
        "factuur %d-%04d", "consultancy %d/%03d", "lening %d/%d", "aflossing %d-%d", "advies %d ref %d"
    };
    private static final String[] FOREIGN_NAMES = {
        "Baltic Trade", "Euro Consult", "Nordsee Handels", "Atlantic Commodities", "Rhein Logistik",
        "Antwerp Diamonds", "Vlaamse Handelsmaatschappij", "Central Europe Invest", "Hanse Import",
        "Lux Holding Services"
    };

    private final World world;
    private final RandomGenerator rng;
    private final BitSet taken;
    private int caseCounter;

    LaunderingPlanter(World world, RandomGenerator rng, BitSet networkPersons) {
        this.world = world;
        this.rng = rng;
        this.taken = networkPersons;
    }

    void plant(ProgressListener progress) {
        int total = world.networks.size();
        for (Network net : world.networks) {
            int cases = 2 + (rng.nextInt(100) < 30 ? 1 : 0);
            for (int k = 0; k < cases; k++) {
                Typology t = Typology.values()[caseCounter % Typology.values().length];
                LaunderingCase c = new LaunderingCase(caseCounter++, t, net);
                world.cases.add(c);
                plant(c);
            }
            progress.progress("witwassen", net.index + 1, total);
        }
    }

    private void plant(LaunderingCase c) {
        int start = World.day(World.PAYMENTS_FROM) + rng.nextInt(World.paymentDays() - 90);
        switch (c.typology) {
            case FAN_IN -> {
                int sink = companyAccount(c.network);
                int n = 8 + rng.nextInt(10);
                for (int i = 0; i < n; i++) {
                    c.add(mule(c), sink, euros(2_000, 9_500), start + rng.nextInt(10), invoice(), -1);
                }
            }
            case FAN_OUT -> {
                int source = companyAccount(c.network);
                int n = 8 + rng.nextInt(10);
                for (int i = 0; i < n; i++) {
                    int to = rng.nextInt(4) == 0 ? foreignAccount() : mule(c);
                    c.add(source, to, euros(2_500, 9_800), start + rng.nextInt(10), invoice(), -1);
                }
            }
            case CYCLE -> {
                int length = 3 + rng.nextInt(4);
                List<Integer> ring = new ArrayList<>();
                ring.add(companyAccount(c.network));
                while (ring.size() < length) {
                    ring.add(rng.nextInt(3) == 0 ? foreignAccount() : memberAccount(c.network));
                }
                long amount = euros(40_000, 250_000);
                int day = start;
                for (int i = 0; i < length; i++) {
                    c.add(ring.get(i), ring.get((i + 1) % length), amount, day, invoice(), -1);
                    amount = amount * (97 + rng.nextInt(3)) / 100; // each hop skims a "fee"
                    day += 1 + rng.nextInt(5);
                }
            }
            case SCATTER_GATHER -> {
                int source = companyAccount(c.network);
                int sink = memberAccount(c.network);
                int k = 5 + rng.nextInt(6);
                for (int i = 0; i < k; i++) {
                    int via = mule(c);
                    long amount = euros(5_000, 20_000);
                    int day = start + rng.nextInt(4);
                    c.add(source, via, amount, day, invoice(), -1);
                    c.add(via, sink, amount * (95 + rng.nextInt(5)) / 100, day + 1 + rng.nextInt(3), "terugbetaling",
                            -1);
                }
            }
            case GATHER_SCATTER -> {
                int hub = companyAccount(c.network);
                int in = 5 + rng.nextInt(6);
                long total = 0;
                for (int i = 0; i < in; i++) {
                    long amount = euros(3_000, 15_000);
                    total += amount;
                    c.add(mule(c), hub, amount, start + rng.nextInt(5), invoice(), -1);
                }
                int out = 4 + rng.nextInt(5);
                for (int i = 0; i < out; i++) {
                    int to = rng.nextInt(3) == 0 ? foreignAccount() : memberAccount(c.network);
                    c.add(hub, to, total * 95 / 100 / out, start + 6 + rng.nextInt(5), invoice(), -1);
                }
            }
            case LAYERING_CHAIN -> {
                int hops = 5 + rng.nextInt(4);
                int from = companyAccount(c.network);
                long amount = euros(60_000, 400_000);
                int day = start;
                for (int i = 0; i < hops; i++) {
                    int to = i == hops - 1 ? memberAccount(c.network)
                            : i % 2 == 0 ? foreignAccount() : companyAccount(c.network);
                    c.add(from, to, amount, day, invoice(), -1);
                    from = to;
                    amount = amount * (96 + rng.nextInt(4)) / 100;
                    day += 1 + rng.nextInt(3);
                }
            }
            case STRUCTURING -> {
                int target = memberAccount(c.network);
                List<Integer> depositors = new ArrayList<>();
                for (Network.Member m : c.network.members) {
                    if (m.role() == Role.MEMBER || m.role() == Role.LIEUTENANT) {
                        depositors.add(m.person());
                    }
                }
                int n = 10 + rng.nextInt(16);
                for (int i = 0; i < n; i++) {
                    int depositor = depositors.get(rng.nextInt(depositors.size()));
                    long cents = (9_000 + rng.nextInt(950)) * 100L + rng.nextInt(100);
                    c.add(-1, target, cents, start + i * (1 + rng.nextInt(4)), "contante storting", depositor);
                }
            }
            case PASS_THROUGH -> {
                int source = companyAccount(c.network);
                int n = 3 + rng.nextInt(4);
                for (int i = 0; i < n; i++) {
                    int mule = mule(c);
                    long amount = euros(4_000, 30_000);
                    int day = start + rng.nextInt(20);
                    c.add(source, mule, amount, day, invoice(), -1);
                    int out = rng.nextInt(3) == 0 ? foreignAccount() : memberAccount(c.network);
                    c.add(mule, out, amount - rng.nextInt(5_000), day + rng.nextInt(2), "doorboeking", -1);
                }
            }
        }
    }

    private long euros(int min, int max) {
        return (min + rng.nextInt(max - min)) * 100L + rng.nextInt(100);
    }

    private String invoice() {
        String f = INVOICE_PURPOSES[rng.nextInt(INVOICE_PURPOSES.length)];
        return String.format(java.util.Locale.ROOT, f, 2023 + rng.nextInt(2), 1 + rng.nextInt(999));
    }

    private int companyAccount(Network net) {
        List<Integer> companyAccounts = new ArrayList<>();
        for (int i = 0; i < net.accounts.size(); i++) {
            int a = net.accounts.get(i);
            if (Ref.isCompany(world.accounts.holder.get(a))) {
                companyAccounts.add(a);
            }
        }
        return companyAccounts.get(rng.nextInt(companyAccounts.size()));
    }

    private int memberAccount(Network net) {
        while (true) {
            int a = net.accounts.get(rng.nextInt(net.accounts.size()));
            if (Ref.isPerson(world.accounts.holder.get(a))) {
                return a;
            }
        }
    }

    /** A young person outside the network who lends an account, often a new one at an online bank. */
    private int mule(LaunderingCase c) {
        Population p = world.population;
        while (true) {
            int i = rng.nextInt(p.size());
            int age = p.age(i);
            if (age >= 18 && age <= 27 && !taken.get(i)) {
                taken.set(i);
                int a = world.firstAccount(i);
                if (a < 0 || rng.nextInt(3) == 0) {
                    a = world.newAccount(Ref.person(i), rng.nextBoolean() ? Bank.BUNQ : world.dutchBank(rng));
                }
                c.muleAccounts.add(a);
                return a;
            }
        }
    }

    private int foreignAccount() {
        int i = rng.nextInt(4);
        Bank bank = new Bank[] {Bank.DEUTSCHE, Bank.COMMERZ, Bank.FORTIS, Bank.KBC}[i];
        String base = FOREIGN_NAMES[rng.nextInt(FOREIGN_NAMES.length)];
        String name = bank.country.equals("DE") ? base + " GmbH" : base + (rng.nextBoolean() ? " BV" : " NV");
        int company = world.foreign.add(name, bank.country.toLowerCase(java.util.Locale.ROOT));
        return world.newAccount(Ref.foreign(company), bank);
    }
}
