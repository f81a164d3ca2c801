package nl.gedeeldbeeld.model.resolution;

/** What a judgement says of a pair of records: the same identity, not the same, or not yet known. */
public enum Verdict {
    MATCH,
    NO_MATCH,
    UNSURE
}
