package nl.gedeeldbeeld.resolve;

/**
 * One compared attribute of a record kind, in levels 0 … levels − 1 (closer agreement higher), as the
 * Fellegi–Sunter model sees it: persons compare {@link Feature}s, companies {@link CompanyFeature}s.
 */
public interface Comparison {
    String label();

    /** How many levels (0 … levels − 1) this comparison has; at most 7, so a level fits the pattern's 3 bits. */
    int levels();
}
