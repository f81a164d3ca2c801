package nl.gedeeldbeeld.policy.decision;

import nl.gedeeldbeeld.model.UserInputException;

/**
 * A request declared a context it may not use: an organisation that is not the user's own, or a purpose
 * none of the user's roles grants. A user error (they chose the purpose), but the API should answer 403
 * rather than 400, hence its own type.
 */
public class AccessRefusedException extends UserInputException {
    public AccessRefusedException(String message) {
        super(message);
    }
}
