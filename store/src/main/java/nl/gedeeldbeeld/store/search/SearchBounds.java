package nl.gedeeldbeeld.store.search;

import nl.gedeeldbeeld.model.UserInputException;

/**
 * The bounds of one search, in one place: every search (API, web page, command line) is checked against
 * them before the index is touched, and every refusal names the bound.
 *
 * <p>Why these numbers: a name, an address or an identifier in any notation fits in {@value #MAX_TEXT_LENGTH}
 * characters and {@value #MAX_WORDS} words; each word becomes a fuzzy query over the name field, so a text
 * of thousands of words costs seconds (7,500 characters took 6.2 s) and a thousand words overflowed
 * Lucene's clause limit (a 500). A page of the API holds at most {@value #MAX_LIMIT} hits. Paging stops at
 * {@value #MAX_OFFSET} hits: ranking keeps {@code offset + limit} entities in memory, so an unbounded offset
 * ran out of memory, and no person reads ten thousand hits — they narrow the search instead (the same
 * choice as Elasticsearch's {@code max_result_window}).
 */
public final class SearchBounds {
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_WORDS = 12;
    public static final int MAX_LIMIT = 100;
    /**
     * The largest page a caller inside the platform may ask of the index (the command line, checks that
     * compare all hits): memory for 1,000 entities is harmless; the offset is what must be bounded.
     */
    public static final int MAX_QUERY_LIMIT = 1_000;
    public static final int MAX_OFFSET = 10_000;

    private SearchBounds() {
    }

    /** Refuses a text beyond the length or word bound, saying which. */
    public static void checkText(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new UserInputException("the search text may be at most " + MAX_TEXT_LENGTH + " characters, got "
                    + text.length());
        }
        long words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        if (words > MAX_WORDS) {
            throw new UserInputException("the search text may have at most " + MAX_WORDS + " words, got " + words);
        }
    }

    /** Refuses a page of the API or web page beyond the offset or size bound, saying which. */
    public static void checkPage(int offset, int limit) {
        checkPage(offset, limit, MAX_LIMIT);
    }

    /** Refuses a page beyond the offset bound or larger than {@code maxLimit}, saying which. */
    public static void checkPage(int offset, int limit, int maxLimit) {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new UserInputException("offset must be 0 to " + MAX_OFFSET + ", got " + offset
                    + "; narrow the search (schema, dataset) instead of paging further");
        }
        if (limit < 1 || limit > maxLimit) {
            throw new UserInputException("limit must be 1 to " + maxLimit + ", got " + limit);
        }
    }
}
