package nl.gedeeldbeeld.store;

/**
 * The database failed in a way the user did not cause (a broken connection mid-import, a constraint that
 * the importer should have prevented). Carries the operation and the SQL state; the cause keeps the rest.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
