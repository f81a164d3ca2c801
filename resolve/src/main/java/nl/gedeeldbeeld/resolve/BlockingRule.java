package nl.gedeeldbeeld.resolve;

/** A blocking key of some record kind: records with the same non-empty key value are compared. */
public interface BlockingRule<R> {
    String name();

    /** The key of a record; empty when a part is missing (the record is then not blocked on this key). */
    String of(R record);
}
