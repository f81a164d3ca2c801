package nl.gedeeldbeeld.store.search;

/** What a (re)indexing pass did and how long it took. */
public record IndexStats(long statements, long entities, long documents, long millis) {
    public double statementsPerSecond() {
        return millis == 0 ? statements * 1000.0 : statements * 1000.0 / millis;
    }
}
