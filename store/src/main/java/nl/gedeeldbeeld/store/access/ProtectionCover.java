package nl.gedeeldbeeld.store.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.model.value.LicencePlateType;
import nl.gedeeldbeeld.model.value.PostcodeType;
import nl.gedeeldbeeld.model.value.ValueResult;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.store.StatementStore;
import tech.followthemoney.model.Schema;

/**
 * What a protection flag hides beyond the flagged ids themselves (issue 13, finding 3: "protection is about
 * the thing, not the id"), worked out for one request from the flags and the store as they are now:
 * <ul>
 *   <li><b>the same thing under another id</b>: an Address with the postcode and house number of a flagged
 *       address, or a Vehicle with the plate of a flagged vehicle, whichever partner entered it and however it
 *       was written ("3054 LM" and "3054LM" are one postcode; "12-ABC-3" and "12ABC3" one plate). The key is
 *       postcode + house number <em>without</em> its addition: sources write additions inconsistently ("87 III",
 *       "87-3", "87hs") or drop them, and a missed match exposes a threatened person where an extra one hides
 *       one neighbour's address from other partners (it stays visible to its supplier);</li>
 *   <li><b>links</b>: an entity of an edge or interval schema (Associate, Family, Ownership, UnknownLink,
 *       Directorship, Payment …) with a reference to a protected or covered entity. The link is hidden as a
 *       whole — who the person's associates are, since when, which plate they hold is exactly what the flag
 *       guards — so it is absent, not shown with a gap;</li>
 *   <li><b>references</b>: in any other entity (a person whose {@code addressEntity} is a covered address) the
 *       reference statement alone is dropped ({@link #hidesReference}); the entity itself is not protected.</li>
 * </ul>
 * Evaluated at read time from the normalised values rather than recorded with the flag, so a record imported
 * after the flag (another partner's address with a space in its postcode, a new Associate row) is covered at
 * once, with no import hook and nothing to keep in step when a flag is lifted. It costs a few indexed
 * look-ups per request while any flag is active (by value: postcode, plate, referenced id), none otherwise.
 *
 * <p>Derived covers follow the rule of the flag they derive from, with one difference: the organisation that
 * placed the flag is not hidden from its own cover. It knows the person; hiding another partner's record of the
 * same address from it protects no one. A directly flagged entity keeps the decision point's rule.
 */
final class ProtectionCover {
    static final ProtectionCover NONE = new ProtectionCover(Map.of(), Map.of());

    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])([1-9][0-9]{0,4})(?![0-9])");
    private static final Pattern POSTCODE_IN_TEXT = Pattern.compile("\\b([1-9][0-9]{3})\\s?([A-Za-z]{2})\\b");

    /** Directly flagged entity → its flag. */
    private final Map<String, ProtectionFlag> direct;
    /** Entity covered through a flag (same thing, or a link to it) → the flag it is covered by. */
    private final Map<String, ProtectionFlag> derived;

    private ProtectionCover(Map<String, ProtectionFlag> direct, Map<String, ProtectionFlag> derived) {
        this.direct = Map.copyOf(direct);
        this.derived = Map.copyOf(derived);
    }

    /** The cover as the flags and the store say now; {@link #NONE} without active flags (one query). */
    static ProtectionCover of(StatementStore store, PolicyRegisters registers, SchemaRegistry schemas) {
        Set<String> flagged = registers.protectedEntities();
        if (flagged.isEmpty()) {
            return NONE;
        }
        Map<String, ProtectionFlag> direct = new LinkedHashMap<>();
        for (String id : flagged) {
            registers.protectionOf(id).ifPresent(f -> direct.put(id, f));
        }
        Map<String, ProtectionFlag> derived = new LinkedHashMap<>();
        Map<String, List<Statement>> flaggedStatements = store.statementsOf(direct.keySet());
        sameThings(store, schemas, direct, flaggedStatements, derived);
        Map<String, ProtectionFlag> covered = new HashMap<>(direct);
        covered.putAll(derived);
        links(store, schemas, covered, derived);
        return new ProtectionCover(direct, derived);
    }

    /** Addresses and vehicles with the key of a flagged one, under any id. */
    private static void sameThings(StatementStore store, SchemaRegistry schemas, Map<String, ProtectionFlag> direct,
                                   Map<String, List<Statement>> statements, Map<String, ProtectionFlag> derived) {
        Map<String, ProtectionFlag> keys = new HashMap<>();
        Set<String> candidates = new HashSet<>();
        for (Map.Entry<String, ProtectionFlag> e : direct.entrySet()) {
            List<Statement> of = statements.getOrDefault(e.getKey(), List.of());
            thingKey(of, schemas).ifPresent(key -> {
                keys.putIfAbsent(key.key(), e.getValue());
                candidates.addAll(store.entitiesWithValue(Optional.of(key.property()), key.lookupValue()));
            });
        }
        candidates.removeAll(direct.keySet());
        if (candidates.isEmpty()) {
            return;
        }
        store.statementsOf(candidates).forEach((id, of) -> thingKey(of, schemas)
                .map(key -> keys.get(key.key())).ifPresent(flag -> derived.putIfAbsent(id, flag)));
    }

    /** Link entities (edge or interval schemata) that refer to a covered entity. */
    private static void links(StatementStore store, SchemaRegistry schemas, Map<String, ProtectionFlag> covered,
                              Map<String, ProtectionFlag> derived) {
        Map<String, ProtectionFlag> referrers = new LinkedHashMap<>();
        for (Map.Entry<String, ProtectionFlag> e : covered.entrySet()) {
            for (String referrer : store.entitiesWithValue(e.getKey())) {
                if (!covered.containsKey(referrer)) {
                    referrers.putIfAbsent(referrer, e.getValue());
                }
            }
        }
        if (referrers.isEmpty()) {
            return;
        }
        store.statementsOf(referrers.keySet()).forEach((id, of) -> {
            boolean link = of.stream().anyMatch(s -> isLinkSchema(schemas, s.schema()));
            boolean refers = of.stream().anyMatch(s -> covered.containsKey(s.value()) && isReference(schemas, s));
            if (link && refers) {
                derived.putIfAbsent(id, referrers.get(id));
            }
        });
    }

    /** Whether other partners' statements on this entity are hidden from a viewer of this organisation. */
    boolean hides(String entityId, String viewerOrganisation) {
        if (direct.containsKey(entityId)) {
            return true;
        }
        ProtectionFlag flag = derived.get(entityId);
        return flag != null && !flag.ownerOrganisation().equals(viewerOrganisation);
    }

    /** Every entity hidden from a viewer of this organisation (other partners' statements on it). */
    Set<String> hiddenFrom(String viewerOrganisation) {
        Set<String> hidden = new HashSet<>(direct.keySet());
        derived.forEach((id, flag) -> {
            if (!flag.ownerOrganisation().equals(viewerOrganisation)) {
                hidden.add(id);
            }
        });
        return hidden;
    }

    /** Every entity a flag covers, directly or derived: what a request can touch. */
    Set<String> all() {
        Set<String> all = new HashSet<>(direct.keySet());
        all.addAll(derived.keySet());
        return all;
    }

    /** The flag an entity is covered by through a reference or its key; empty for direct flags and the rest. */
    Optional<ProtectionFlag> derivedFlag(String entityId) {
        return Optional.ofNullable(derived.get(entityId));
    }

    boolean isEmpty() {
        return direct.isEmpty() && derived.isEmpty();
    }

    /** A statement of another partner whose value is a reference to an entity hidden from the viewer. */
    boolean hidesReference(Statement s, String viewerOrganisation, SchemaRegistry schemas) {
        return !s.provenance().partner().equals(viewerOrganisation) && hides(s.value(), viewerOrganisation)
                && isReference(schemas, s);
    }

    /** The entities among these that are covered (for callers that hold a page of ids). */
    Set<String> among(Collection<String> ids) {
        Set<String> out = new HashSet<>();
        for (String id : ids) {
            if (direct.containsKey(id) || derived.containsKey(id)) {
                out.add(id);
            }
        }
        return out;
    }

    static boolean isReference(SchemaRegistry schemas, Statement s) {
        return schemas.schema(s.schema()).map(schema -> schema.getProperty(s.property()))
                .map(p -> p.getType().isEntity()).orElse(false);
    }

    /** Edges (Ownership, Associate …) and intervals that are not things (Identification, Sanction …). */
    static boolean isLinkSchema(SchemaRegistry schemas, String schemaName) {
        Optional<Schema> schema = schemas.schema(schemaName);
        if (schema.isEmpty()) {
            return false;
        }
        if (schema.get().isEdge()) {
            return true;
        }
        Optional<Schema> interval = schemas.schema("Interval");
        Optional<Schema> thing = schemas.schema("Thing");
        return interval.map(schema.get()::isA).orElse(false) && !thing.map(schema.get()::isA).orElse(false);
    }

    /** The normalised key of an address or vehicle, with the property and value to find others by. */
    record ThingKey(String key, String property, String lookupValue) {
    }

    static Optional<ThingKey> thingKey(List<Statement> statements, SchemaRegistry schemas) {
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        String schema = statements.stream().map(Statement::schema).filter(s -> !s.equals("Thing")).findFirst()
                .orElse(statements.get(0).schema());
        if (isA(schemas, schema, "Vehicle")) {
            return values(statements, "registrationNumber").stream().map(v -> new LicencePlateType().normalise(v))
                    .filter(ValueResult::isValid).map(ValueResult::value).findFirst()
                    .map(plate -> new ThingKey("plate:" + plate, "registrationNumber", plate));
        }
        if (isA(schemas, schema, "Address")) {
            return addressKey(statements);
        }
        return Optional.empty();
    }

    private static Optional<ThingKey> addressKey(List<Statement> statements) {
        Optional<String> postcode = values(statements, "postalCode").stream().map(v -> new PostcodeType().normalise(v))
                .filter(ValueResult::isValid).map(ValueResult::value).filter(v -> v.matches("[1-9][0-9]{3}[A-Z]{2}"))
                .findFirst();
        List<String> full = values(statements, "full");
        if (postcode.isEmpty()) {
            postcode = full.stream().map(POSTCODE_IN_TEXT::matcher).filter(Matcher::find)
                    .map(m -> m.group(1) + m.group(2).toUpperCase(java.util.Locale.ROOT)).findFirst();
        }
        if (postcode.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> number = values(statements, "houseNumber").stream().map(ProtectionCover::firstNumber)
                .flatMap(Optional::stream).findFirst();
        if (number.isEmpty()) {
            number = values(statements, "street").stream().map(ProtectionCover::lastNumber).flatMap(Optional::stream)
                    .findFirst();
        }
        if (number.isEmpty()) {
            String code = postcode.get();
            number = full.stream().map(f -> f.replaceAll("\\b" + code.substring(0, 4) + "\\s?" + code.substring(4) + "\\b", " "))
                    .map(ProtectionCover::lastNumber).flatMap(Optional::stream).findFirst();
        }
        String pc = postcode.get();
        return number.map(n -> new ThingKey("address:" + pc + ":" + n, "postalCode", pc));
    }

    private static Optional<String> firstNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> lastNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }

    private static List<String> values(List<Statement> statements, String property) {
        return statements.stream().filter(s -> s.property().equals(property)).map(Statement::value).distinct().toList();
    }

    private static boolean isA(SchemaRegistry schemas, String schemaName, String ancestor) {
        Optional<Schema> a = schemas.schema(ancestor);
        return schemas.schema(schemaName).flatMap(s -> a.map(s::isA)).orElse(false);
    }
}
