package nl.gedeeldbeeld.synth;

/** How big a world to generate; everything else (companies, networks, payments) scales with the population. */
public enum WorldSize {
    SMALL(10_000),
    MEDIUM(100_000),
    LARGE(1_000_000);

    private final int persons;

    WorldSize(int persons) {
        this.persons = persons;
    }

    /** Approximate number of true persons; households round it a little. */
    public int persons() {
        return persons;
    }

    /** Criminal networks to plant: a few per 10,000 inhabitants, at least five so every typology shows up. */
    int networks() {
        return Math.max(5, persons / 2_000);
    }
}
