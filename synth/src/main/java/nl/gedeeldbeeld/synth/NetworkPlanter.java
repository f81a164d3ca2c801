package nl.gedeeldbeeld.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plants criminal networks in the population: members with roles, the links among them, what they share
 * (addresses, a phone, a vehicle), their companies, front-company clusters and circular ownership.
 */
final class NetworkPlanter {
    /** A network member who works in the port and so gets an access pass from the Havenbedrijf. */
    record PortWorker(int person, int employer, int network) {
    }

    private static final String[] CASH_SECTORS = {"5630", "4511", "4631", "4778", "9602", "5610", "7711"};
    private static final String[] FRONT_SECTORS = {"7022", "4690", "6420", "4639", "6810"};

    private final World world;
    private final RandomGenerator rng;
    private final CompanyGenerator companies;
    private final BitSet taken = new BitSet();

    NetworkPlanter(World world, RandomGenerator rng) {
        this.world = world;
        this.rng = rng;
        this.companies = new CompanyGenerator(world, rng);
    }

    void plant(ProgressListener progress) {
        int count = world.size.networks();
        for (int n = 0; n < count; n++) {
            Network net = new Network(n);
            world.networks.add(net);
            members(net);
            links(net);
            shared(net);
            companies(net);
            accounts(net);
            progress.progress("netwerken", n + 1, count);
        }
        // Brokers join two networks; planted after all exist so the pairing can wrap round.
        for (int n = 1; n < count; n++) {
            if (n == 1 || rng.nextInt(100) < 55) {
                Network a = world.networks.get(n - 1);
                Network b = world.networks.get(n);
                int broker = free(24, 55, 80);
                a.members.add(new Network.Member(broker, Role.BROKER, ""));
                b.members.add(new Network.Member(broker, Role.BROKER, ""));
                a.links.add(new Network.Link(broker, a.keyPlayer(), LinkKind.ASSOCIATE, "contact"));
                b.links.add(new Network.Link(broker, b.keyPlayer(), LinkKind.ASSOCIATE, "contact"));
                addAccount(a, broker);
            }
        }
    }

    private void members(Network net) {
        int key = free(30, 58, 95);
        net.members.add(new Network.Member(key, Role.KEY_PLAYER, ""));
        int lieutenants = 2 + rng.nextInt(2);
        for (int i = 0; i < lieutenants; i++) {
            net.members.add(new Network.Member(free(22, 50, 85), Role.LIEUTENANT, ""));
        }
        // Family of the key player often works in the business.
        Population p = world.population;
        int household = p.household.get(key);
        for (int j = Math.max(0, key - 6); j < Math.min(p.size(), key + 7); j++) {
            if (j != key && p.household.get(j) == household && p.age(j) >= 17 && !taken.get(j)
                    && rng.nextInt(100) < 60) {
                taken.set(j);
                net.members.add(new Network.Member(j, Role.MEMBER, ""));
                net.links.add(new Network.Link(key, j, LinkKind.FAMILY, "familie"));
            }
        }
        int size = 8 + rng.nextInt(14);
        while (net.members.size() < size - 3) {
            net.members.add(new Network.Member(free(18, 45, 85), Role.MEMBER, ""));
        }
        net.members.add(new Network.Member(free(35, 65, 60), Role.FINANCIAL_FACILITATOR,
                rng.nextBoolean() ? "accountant" : "organisator geldezels"));
        if (rng.nextInt(100) < 60) {
            net.members.add(new Network.Member(free(35, 68, 60), Role.LEGAL_FACILITATOR,
                    rng.nextBoolean() ? "notaris" : "advocaat"));
        }
        net.members.add(new Network.Member(free(23, 60, 90), Role.LOGISTIC_FACILITATOR, "havenmedewerker"));
        if (rng.nextBoolean()) {
            net.members.add(new Network.Member(free(25, 60, 90), Role.LOGISTIC_FACILITATOR, "transporteur"));
        }
    }

    private void links(Network net) {
        int key = net.keyPlayer();
        List<Integer> lieutenants = net.persons(Role.LIEUTENANT);
        for (int l : lieutenants) {
            net.links.add(new Network.Link(key, l, LinkKind.ASSOCIATE, "rechterhand"));
        }
        for (Network.Member m : net.members) {
            int lt = lieutenants.get(rng.nextInt(lieutenants.size()));
            switch (m.role()) {
                case MEMBER -> {
                    if (!hasLink(net, key, m.person())) {
                        net.links.add(new Network.Link(lt, m.person(), LinkKind.ASSOCIATE, "handlanger"));
                    }
                }
                case FINANCIAL_FACILITATOR, LEGAL_FACILITATOR -> net.links.add(
                        new Network.Link(key, m.person(), LinkKind.UNKNOWN_LINK, "zakelijke relatie"));
                case LOGISTIC_FACILITATOR -> net.links.add(
                        new Network.Link(lt, m.person(), LinkKind.ASSOCIATE, "contact"));
                default -> { }
            }
        }
        for (int k = 0; k < 2; k++) {
            int a = net.members.get(1 + rng.nextInt(net.members.size() - 1)).person();
            int b = net.members.get(1 + rng.nextInt(net.members.size() - 1)).person();
            if (a != b && !hasLink(net, a, b)) {
                net.links.add(new Network.Link(a, b, LinkKind.UNKNOWN_LINK, "gezien samen"));
            }
        }
    }

    private static boolean hasLink(Network net, int a, int b) {
        for (Network.Link l : net.links) {
            if (l.from() == a && l.to() == b || l.from() == b && l.to() == a) {
                return true;
            }
        }
        return false;
    }

    private void shared(Network net) {
        List<Integer> lieutenants = net.persons(Role.LIEUTENANT);
        List<Integer> members = net.persons(Role.MEMBER);
        int host = lieutenants.get(0);
        // A member registered at a lieutenant's address: the "inwoning" police registers often show.
        if (!members.isEmpty()) {
            int guest = members.get(members.size() - 1);
            int address = world.population.address.get(host);
            world.population.address.set(guest, address);
            net.sharedAddresses.add(new Network.SharedAddress(address, List.of(host, guest)));
        }
        List<Integer> phoneUsers = new ArrayList<>(lieutenants);
        if (!members.isEmpty()) {
            phoneUsers.add(members.get(0));
        }
        net.sharedPhones.add(new Network.SharedPhone("06" + IbanFactory.pad(world.newPhone(), 8),
                List.copyOf(phoneUsers)));
        int car = world.newVehicle(Ref.person(host), rng, 2019 + rng.nextInt(6));
        List<Integer> drivers = new ArrayList<>();
        drivers.add(net.keyPlayer());
        if (members.size() > 1) {
            drivers.add(members.get(1));
        }
        net.sharedVehicles.add(new Network.SharedVehicle(car, List.copyOf(drivers)));
    }

    private void companies(Network net) {
        int key = net.keyPlayer();
        LocalDate holdingFounded = Population.REFERENCE_DATE.minusYears(4 + rng.nextInt(10));
        int homeGemeente = world.addresses.gemeente.get(world.population.address.get(key));
        int holding = company(world.catalogue.surnames.get(world.population.surname.get(key)).stam()
                + " Beheer B.V.", Rechtsvorm.BV, "6420", world.addressGenerator.newAddress(homeGemeente),
                holdingFounded, Companies.NO_DATE, net);
        owns(Ref.person(key), holding, holdingFounded, 100);
        directs(key, holding, holdingFounded);
        List<Integer> lieutenants = net.persons(Role.LIEUTENANT);

        // A trust office at a business address hosts the front companies.
        int frontAddress = world.addressGenerator.newAddress(rng.nextBoolean() ? 1 : 0);
        List<Integer> cluster = new ArrayList<>();
        List<Integer> nominees = new ArrayList<>();
        nominees.add(nominee());
        if (rng.nextBoolean()) {
            nominees.add(nominee());
        }

        int operating = 1 + rng.nextInt(3);
        for (int i = 0; i < operating; i++) {
            String sbi = CASH_SECTORS[rng.nextInt(CASH_SECTORS.length)];
            LocalDate founded = holdingFounded.plusDays(rng.nextInt(900));
            int owner = lieutenants.get(i % lieutenants.size());
            int sector = world.catalogue.sectorIndex(sbi);
            int c = company(companies.name(Rechtsvorm.BV, sector, owner), Rechtsvorm.BV, sbi,
                    i == 0 ? frontAddress : world.addressGenerator.newAddress(homeGemeente), founded,
                    Companies.NO_DATE, net);
            owns(Ref.company(holding), c, founded, 100);
            directs(i == 0 ? nominees.get(0) : owner, c, founded);
            if (i == 0) {
                cluster.add(c);
            }
        }
        for (Network.Member m : net.members) {
            String sbi = switch (m.role()) {
                case FINANCIAL_FACILITATOR -> "6920";
                case LEGAL_FACILITATOR -> "6910";
                case LOGISTIC_FACILITATOR -> m.facilitatorKind().equals("transporteur") ? "4941" : "";
                default -> "";
            };
            if (m.role() == Role.LOGISTIC_FACILITATOR && sbi.isEmpty()) {
                world.portWorkers.add(new PortWorker(m.person(), portCompany(), net.index));
                continue;
            }
            if (sbi.isEmpty()) {
                continue;
            }
            int sector = world.catalogue.sectorIndex(sbi);
            LocalDate founded = companies.foundingDate();
            boolean atFront = m.role() == Role.FINANCIAL_FACILITATOR;
            int c = company(companies.name(Rechtsvorm.BV, sector, m.person()), Rechtsvorm.BV, sbi,
                    atFront ? frontAddress : world.addressGenerator.newAddress(), founded, Companies.NO_DATE, net);
            owns(Ref.person(m.person()), c, founded, 100);
            directs(m.person(), c, founded);
            if (atFront) {
                cluster.add(c);
            }
        }
        // Mailbox companies at the trust office, half of them gone within a year.
        int mailbox = 4 + rng.nextInt(7);
        for (int i = 0; i < mailbox; i++) {
            String sbi = FRONT_SECTORS[rng.nextInt(FRONT_SECTORS.length)];
            LocalDate founded = LocalDate.of(2022, 1, 1).plusDays(rng.nextInt(900));
            boolean shortLived = rng.nextBoolean();
            int dissolved = shortLived ? World.day(founded) + 90 + rng.nextInt(250) : Companies.NO_DATE;
            int nominee = nominees.get(rng.nextInt(nominees.size()));
            int c = company(companies.name(Rechtsvorm.BV, world.catalogue.sectorIndex(sbi), nominee),
                    Rechtsvorm.BV, sbi, frontAddress, founded, dissolved, net);
            if (shortLived) {
                world.companies.mark(c, Companies.SHORT_LIVED);
            }
            owns(rng.nextBoolean() ? Ref.company(holding) : Ref.person(nominee), c, founded, 100);
            directs(nominee, c, founded);
            cluster.add(c);
        }
        for (int c : cluster) {
            world.companies.mark(c, Companies.FRONT);
        }
        world.structures.fronts.add(new CompanyStructures.FrontCluster("FRONT-" + IbanFactory.pad(net.index + 1, 3),
                net.index, frontAddress, List.copyOf(cluster), List.copyOf(nominees)));

        if (net.index % 2 == 0 || rng.nextInt(100) < 30) {
            circle(net, holding, lieutenants, nominees, frontAddress);
        }
    }

    /** A ring of holdings that own each other, hiding who is the ultimate beneficial owner. */
    private void circle(Network net, int holding, List<Integer> lieutenants, List<Integer> nominees,
                        int frontAddress) {
        int length = 3 + rng.nextInt(2);
        List<Integer> ring = new ArrayList<>();
        LocalDate founded = LocalDate.of(2019, 1, 1).plusDays(rng.nextInt(1500));
        for (int i = 0; i < length; i++) {
            String sbi = i % 2 == 0 ? "6420" : "6810";
            int director = i == 0 ? lieutenants.get(0) : nominees.get(i % nominees.size());
            int c = company(companies.name(Rechtsvorm.BV, world.catalogue.sectorIndex(sbi), director), Rechtsvorm.BV,
                    sbi, i == 1 ? frontAddress : world.addressGenerator.newAddress(), founded.plusDays(i * 17L),
                    Companies.NO_DATE, net);
            world.companies.mark(c, Companies.CIRCULAR);
            directs(director, c, founded);
            ring.add(c);
        }
        for (int i = 0; i < length; i++) {
            owns(Ref.company(ring.get(i)), ring.get((i + 1) % length), founded.plusDays(60), 60 + rng.nextInt(41));
        }
        owns(Ref.company(holding), ring.get(0), founded.plusDays(30), 40);
        world.structures.cycles.add(new CompanyStructures.OwnershipCycle(
                "CIRC-" + IbanFactory.pad(world.structures.cycles.size() + 1, 3), net.index, List.copyOf(ring)));
    }

    private void accounts(Network net) {
        for (Network.Member m : net.members) {
            addAccount(net, m.person());
        }
        for (int i = 0; i < net.companies.size(); i++) {
            int c = net.companies.get(i);
            int a = world.firstCompanyAccount(c);
            if (a < 0) {
                a = world.newAccount(Ref.company(c), world.dutchBank(rng));
                world.companyFirstAccount.set(c, a);
            }
            net.accounts.add(a);
        }
    }

    private void addAccount(Network net, int person) {
        int a = world.firstAccount(person);
        if (a < 0) {
            a = world.newAccount(Ref.person(person), world.dutchBank(rng));
            world.personFirstAccount.set(person, a);
        }
        if (!net.accounts.contains(a)) {
            net.accounts.add(a);
        }
    }

    private int company(String name, Rechtsvorm form, String sbi, int address, LocalDate founded, int dissolved,
                        Network net) {
        int c = companies.register(name, form, world.catalogue.sectorIndex(sbi), address, founded, dissolved);
        world.companies.mark(c, Companies.NETWORK);
        net.companies.add(c);
        return c;
    }

    private void owns(int ownerRef, int company, LocalDate from, int percent) {
        world.relations.add(Relations.OWNER, ownerRef, company, World.day(from), percent);
    }

    private void directs(int person, int company, LocalDate from) {
        world.relations.add(Relations.DIRECTOR, Ref.person(person), company, World.day(from), 0);
    }

    /** Existing stevedore or forwarder, or a new one when the world has none. */
    private int portCompany() {
        Companies c = world.companies;
        int start = rng.nextInt(c.size());
        for (int k = 0; k < c.size(); k++) {
            int i = (start + k) % c.size();
            String sbi = world.catalogue.sectors.get(c.sector.get(i)).sbi();
            if ((sbi.equals("5224") || sbi.equals("5229")) && !c.has(i, Companies.NETWORK)) {
                return i;
            }
        }
        return companies.register("Rijnmond Stevedoring B.V.", Rechtsvorm.BV, world.catalogue.sectorIndex("5224"),
                world.addressGenerator.newAddress(1), LocalDate.of(1998, 3, 1), Companies.NO_DATE);
    }

    /** A straw man: young or old, with no business of their own, who lends a name for a fee. */
    private int nominee() {
        return rng.nextBoolean() ? free(19, 24, 70) : free(68, 84, 60);
    }

    /** A person not yet in any network, by rejection sampling on age and gender. */
    int free(int minAge, int maxAge, int malePercent) {
        Population p = world.population;
        boolean wantMale = rng.nextInt(100) < malePercent;
        for (int attempt = 0; ; attempt++) {
            int i = rng.nextInt(p.size());
            int age = p.age(i);
            if (!taken.get(i) && age >= minAge && age <= maxAge && (attempt > 200 || p.male(i) == wantMale)) {
                taken.set(i);
                return i;
            }
        }
    }

    BitSet taken() {
        return taken;
    }
}
