package nl.gedeeldbeeld.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The true world: population, addresses, companies, accounts, vehicles and the planted crime. Partner views
 * read it; nothing in it is ever written as-is except into ground-truth/.
 */
final class World {
    static final LocalDate PAYMENTS_FROM = LocalDate.of(2023, 1, 1);
    static final LocalDate PAYMENTS_TO = LocalDate.of(2024, 12, 31);

    final long seed;
    final WorldSize size;
    final Catalogue catalogue;
    final Addresses addresses;
    final Population population;
    final Companies companies;
    final Accounts accounts;
    final Vehicles vehicles;
    final Relations relations;
    final ForeignParties foreign = new ForeignParties();
    final List<Network> networks = new ArrayList<>();
    final List<LaunderingCase> cases = new ArrayList<>();
    final CompanyStructures structures = new CompanyStructures();
    /** Network members who work in the port, with their employer. */
    final List<NetworkPlanter.PortWorker> portWorkers = new ArrayList<>();
    /** Containers consigned to network companies: {container number, consignee true id}; filled by the port view. */
    final List<String[]> networkContainers = new ArrayList<>();
    /** Accounts of persons and of companies, for drawing payment counterparties. */
    final IntList personAccounts;
    final IntList companyAccounts;
    /** First account (or -1) and account count per person / company as first generated. */
    final IntList personFirstAccount;
    final IntList companyFirstAccount;
    AddressGenerator addressGenerator;

    private final long[] accountCounters = new long[Bank.values().length];
    private final long[] plateCounters = new long[9];
    private long kvkCounter;
    private long rsinCounter;
    private long phoneCounter;

    World(long seed, WorldSize size, Catalogue catalogue) {
        this.seed = seed;
        this.size = size;
        this.catalogue = catalogue;
        int n = size.persons();
        addresses = new Addresses(catalogue, n / 2 + n / 8);
        population = new Population(catalogue, n + 16);
        companies = new Companies(n / 10 + 64);
        accounts = new Accounts(n + n / 4);
        vehicles = new Vehicles(n / 2);
        relations = new Relations(n / 5);
        personAccounts = new IntList(n + n / 4);
        companyAccounts = new IntList(n / 8);
        personFirstAccount = new IntList(n + 16);
        companyFirstAccount = new IntList(n / 10 + 64);
    }

    /** A fresh account number per bank, spread with an affine permutation so numbers never repeat. */
    int newAccount(int holderRef, Bank bank) {
        long space = bank.country.equals("BE") ? 10_000_000L : 10_000_000_000L;
        long c = accountCounters[bank.ordinal()]++;
        long number = Math.floorMod(c * 2_654_435_761L + Seeds.mix(seed, bank.ordinal()), space);
        int account = accounts.add(holderRef, bank, number);
        if (Ref.isPerson(holderRef)) {
            personAccounts.add(account);
        } else if (Ref.isCompany(holderRef)) {
            companyAccounts.add(account);
        }
        return account;
    }

    Bank dutchBank(RandomGenerator rng) {
        double x = rng.nextDouble();
        for (Bank b : Bank.values()) {
            x -= b.share;
            if (x < 0) {
                return b;
            }
        }
        return Bank.INGB;
    }

    /** Eight-digit KvK numbers, unique, starting at 10000000 like the real register. */
    int newKvk() {
        return 10_000_000 + (int) Math.floorMod(kvkCounter++ * 2_654_435_761L + Seeds.mix(seed, 11), 89_999_999L);
    }

    /** Nine-digit RSIN that passes the elfproef; bases that admit no check digit are skipped. */
    int newRsin() {
        while (true) {
            int base = 800_000 + (int) Math.floorMod(rsinCounter++ * 2_654_435_761L + Seeds.mix(seed, 13),
                    99_000_000L);
            int rsin = Elfproef.complete(base);
            if (rsin >= 0) {
                return rsin;
            }
        }
    }

    int newPhone() {
        return (int) Math.floorMod(phoneCounter++ * 2_654_435_761L + Seeds.mix(seed, 17), 100_000_000L);
    }

    int newVehicle(int ownerRef, RandomGenerator rng, int year) {
        int side = LicencePlate.sidecodeFor(year);
        int serial = (int) plateCounters[side]++;
        return vehicles.add(ownerRef, rng.nextInt(catalogue.carModels.size()),
                rng.nextInt(Vehicles.COLOURS.length), year, side, serial);
    }

    /** First-generated accounts of a person (planted ones are tracked by their planters). */
    int firstAccount(int person) {
        return personFirstAccount.get(person);
    }

    int firstCompanyAccount(int company) {
        return companyFirstAccount.get(company);
    }

    /** Display name of any party: what a bank shows as account holder. */
    String partyName(int ref) {
        return switch (Ref.kind(ref)) {
            case Ref.PERSON -> population.name(Ref.index(ref)).volledig();
            case Ref.COMPANY -> companies.name.get(Ref.index(ref));
            default -> foreign.companies.get(Ref.index(ref)).name();
        };
    }

    String partyTrueId(int ref) {
        return switch (Ref.kind(ref)) {
            case Ref.PERSON -> Population.trueId(Ref.index(ref));
            case Ref.COMPANY -> Companies.trueId(Ref.index(ref));
            default -> ForeignParties.trueId(Ref.index(ref));
        };
    }

    static int day(LocalDate d) {
        return (int) d.toEpochDay();
    }

    static int paymentDays() {
        return (int) (PAYMENTS_TO.toEpochDay() - PAYMENTS_FROM.toEpochDay()) + 1;
    }
}
