package nl.gedeeldbeeld.store.search;

/** Field names of the search index, shared by the document builder and the query builder. */
final class IndexFields {
    /** Entity id: exact term for updates and deletes, doc values for collapsing slices into one hit. */
    static final String ENTITY = "entity";
    static final String SCHEMA = "schema";
    /** The schema and its ancestors, so a filter on LegalEntity finds Person and Company. */
    static final String SCHEMATA = "schemata";
    static final String CAPTION = "caption";
    static final String DATASET = "dataset";
    static final String PARTNER = "partner";
    static final String REGIME = "regime";
    static final String PARTNER_REGIME = "partner_regime";
    /** Name words folded to ASCII lower case, tussenvoegsels dropped: what matching (and fuzzy) runs on. */
    static final String NAME = "name";
    /** Name words with their tussenvoegsels, only for ranking: "van der Berg" above "van den Berg". */
    static final String NAME_FULL = "name_full";
    /** The whole folded name with tussenvoegsels as one term: an exact name ranks first. */
    static final String NAME_EXACT = "name_exact";
    /** The whole folded name without tussenvoegsels as one term. */
    static final String NAME_KEY = "name_key";
    /** Stored "property \t value" pairs of names, to tell which property matched. */
    static final String NAME_PAIR = "name_pair";
    /** Normalised identifiers (IBAN, KvK, plate, postcode, phone …) as exact terms. */
    static final String IDENT = "ident";
    static final String IDENT_PAIR = "ident_pair";
    /** Words of other textual values (addresses, descriptions). */
    static final String TEXT = "text";

    private IndexFields() {
    }
}
