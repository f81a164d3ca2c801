package nl.gedeeldbeeld.app.policy;

import java.util.List;
import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * A request that touches entity data declared no purpose, or one that does not exist. Carries the purposes
 * the user may declare, so that the answer says how to fix it.
 */
public class PurposeRequiredException extends UserInputException {
    private final List<String> declarable;

    public PurposeRequiredException(String message, Set<String> declarable) {
        super(message);
        this.declarable = List.copyOf(declarable);
    }

    /** The purpose codes the user's roles grant, sorted. */
    public List<String> declarable() {
        return declarable;
    }
}
