package nl.gedeeldbeeld.synth;

import java.util.SplittableRandom;

/**
 * The ordinary payments of the world. Payment i is drawn from its own seed, so the stream can be replayed
 * by every view that needs it without ever being held in memory.
 */
final class BackgroundPayments {
    /** Receives one payment; accounts are indices into {@link Accounts}. */
    @FunctionalInterface
    interface Sink {
        void accept(long index, int from, int to, long cents, int day, String purpose);
    }

    private static final String[] SHOP = {"pinbetaling", "iDEAL betaling", "factuur", "abonnement", "bestelling"};
    private static final String[] PRIVATE = {"tikkie", "terugbetaling", "verjaardag", "lening", "huur kamer",
        "boodschappen"};
    private static final String[] BUSINESS = {"salaris", "factuur", "creditnota", "huur bedrijfspand", "vergoeding"};

    private final World world;
    private final long seed;
    private final long count;

    BackgroundPayments(World world) {
        this.world = world;
        this.seed = Seeds.mix(world.seed, 0x9a7e17L);
        this.count = world.size.persons() * 2L;
    }

    long count() {
        return count;
    }

    static String trueId(long i) {
        return "TX" + IbanFactory.pad(i, 9);
    }

    void forEach(Sink sink) {
        IntList persons = world.personAccounts;
        IntList companies = world.companyAccounts;
        int firstDay = World.day(World.PAYMENTS_FROM);
        int days = World.paymentDays();
        for (long i = 0; i < count; i++) {
            SplittableRandom r = new SplittableRandom(Seeds.mix(seed, i));
            int kind = r.nextInt(100);
            int day = firstDay + r.nextInt(days);
            int from;
            int to;
            long cents;
            String purpose;
            if (kind < 68) {
                from = persons.get(r.nextInt(persons.size()));
                to = companies.get(r.nextInt(companies.size()));
                cents = logNormalCents(r, 3.6, 1.1);
                purpose = SHOP[r.nextInt(SHOP.length)];
            } else if (kind < 85) {
                from = persons.get(r.nextInt(persons.size()));
                to = persons.get(r.nextInt(persons.size()));
                cents = logNormalCents(r, 3.4, 1.0);
                purpose = PRIVATE[r.nextInt(PRIVATE.length)];
            } else if (kind < 95) {
                from = companies.get(r.nextInt(companies.size()));
                to = persons.get(r.nextInt(persons.size()));
                cents = (1_500 + r.nextInt(3_500)) * 100L + r.nextInt(100);
                purpose = "salaris";
            } else {
                from = companies.get(r.nextInt(companies.size()));
                to = companies.get(r.nextInt(companies.size()));
                cents = logNormalCents(r, 7.5, 1.3);
                purpose = BUSINESS[r.nextInt(BUSINESS.length)];
            }
            if (from != to) {
                sink.accept(i, from, to, cents, day, purpose);
            }
        }
    }

    private static long logNormalCents(SplittableRandom r, double mu, double sigma) {
        double euros = Math.exp(mu + sigma * gaussian(r));
        return Math.max(100, Math.min(50_000_000L, Math.round(euros * 100)));
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
