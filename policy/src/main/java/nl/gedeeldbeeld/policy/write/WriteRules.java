package nl.gedeeldbeeld.policy.write;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;

/**
 * The write rules of a catalogue, at most one per {@link WriteAction}. An action without a rule is refused
 * to everyone (rule {@link #NO_RULE}): writes, like reads, are denied unless the catalogue allows them.
 */
public final class WriteRules {
    /** The rule id of a refusal because the catalogue has no rule for the action. */
    public static final String NO_RULE = "NO_WRITE_RULE";
    private static final WriteRules NONE = new WriteRules("(none)", List.of());

    private final Map<WriteAction, WriteRule> byAction = new EnumMap<>(WriteAction.class);

    public WriteRules(String source, Collection<WriteRule> rules) {
        for (WriteRule rule : rules) {
            if (byAction.put(rule.action(), rule) != null) {
                throw new UserInputException(source + ": write rule for " + rule.action() + " is defined twice");
            }
        }
        long distinctIds = rules.stream().map(WriteRule::id).distinct().count();
        if (distinctIds != rules.size()) {
            throw new UserInputException(source + ": two write rules share an id; the audit names rules by id");
        }
    }

    /** No rules: every write is refused. What a catalogue without a {@code writes} section has. */
    public static WriteRules none() {
        return NONE;
    }

    public Optional<WriteRule> forAction(WriteAction action) {
        return Optional.ofNullable(byAction.get(action));
    }

    public List<WriteRule> all() {
        return List.copyOf(byAction.values());
    }
}
