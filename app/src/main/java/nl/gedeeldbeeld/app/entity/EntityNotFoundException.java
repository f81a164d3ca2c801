package nl.gedeeldbeeld.app.entity;

/** No entity with that id (or none the caller may see: the two are indistinguishable on purpose). */
public class EntityNotFoundException extends RuntimeException {
    public EntityNotFoundException(String id) {
        super("no entity with id '" + id + "'");
    }

    /** With a message of its own (a lookup whose input must not be echoed). */
    protected EntityNotFoundException(String message, boolean ownMessage) {
        super(message);
    }
}
