package nl.gedeeldbeeld.model;

/**
 * A problem the user caused and can fix (unknown schema, bad option, missing file). Its message is shown
 * as-is: the CLI prints it on one line and exits non-zero, the API returns it as problem+json. Never used
 * for programming errors, which keep their stack traces.
 */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
