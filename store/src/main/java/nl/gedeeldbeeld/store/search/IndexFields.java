package nl.gedeeldbeeld.store.search;

/**
 * Field names of the search index, shared by the document builder and the query builder. Every document
 * holds the values of one property of one entity as one provenance slice states them, so the access
 * filter can decide per document exactly what the policy decides per statement.
 */
final class IndexFields {
    /** Entity id: exact term for updates, deletes and conditional grants; doc values for collapsing into one hit. */
    static final String ENTITY = "entity";
    /** The statement's schema: exact term for the grants' schema lists, stored for the hit. */
    static final String SCHEMA = "schema";
    /** The schema and its ancestors, so a filter on LegalEntity finds Person and Company. */
    static final String SCHEMATA = "schemata";
    static final String DATASET = "dataset";
    static final String PARTNER = "partner";
    static final String REGIME = "regime";
    static final String PARTNER_REGIME = "partner_regime";
    /** The property whose values the document holds ({@code id} for the existence statement). */
    static final String PROPERTY = "property";
    /** Retain-until as epoch day (a point), so the retention cut-off is a range filter. */
    static final String RETAIN_UNTIL = "retain_until";
    /** Name words folded to ASCII lower case, tussenvoegsels dropped: what matching (and fuzzy) runs on. */
    static final String NAME = "name";
    /** Name words with their tussenvoegsels, only for ranking: "van der Berg" above "van den Berg". */
    static final String NAME_FULL = "name_full";
    /** The whole folded name with tussenvoegsels as one term: an exact name ranks first. */
    static final String NAME_EXACT = "name_exact";
    /** The whole folded name without tussenvoegsels as one term. */
    static final String NAME_KEY = "name_key";
    /** Normalised identifiers (IBAN, KvK, plate, postcode, phone …) as exact terms. */
    static final String IDENT = "ident";
    /** Words of other textual values (addresses, descriptions). */
    static final String TEXT = "text";

    private IndexFields() {
    }
}
