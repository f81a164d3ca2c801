package nl.gedeeldbeeld.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.write.ForeignData;
import nl.gedeeldbeeld.policy.write.WriteAction;
import nl.gedeeldbeeld.policy.write.WriteRule;
import nl.gedeeldbeeld.policy.write.WriteRules;
import tech.followthemoney.model.Schema;

/**
 * Reads a policy catalogue from YAML (format in policy/README.md). Checks the shape of every entry, the
 * schema and property names against the {@link SchemaRegistry}, and rejects unknown fields so that a typo
 * ("recipient:" for "recipients:") fails loudly instead of silently granting or withholding access.
 * References between entries are checked by {@link PolicyCatalogueValidator}.
 */
public final class PolicyCatalogueReader {
    private static final Set<String> TOP = Set.of("organisations", "purposes", "roles", "users", "agreements", "writes");

    private final String source;
    private final SchemaRegistry schemas;

    private PolicyCatalogueReader(String source, SchemaRegistry schemas) {
        this.source = source;
        this.schemas = schemas;
    }

    public static PolicyCatalogue read(InputStream in, String source, LegalRegimes regimes, SchemaRegistry schemas)
            throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (JsonProcessingException e) {
            throw new UserInputException(source + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UserInputException(source + ": expected a mapping with " + String.join(", ", TOP.stream().sorted().toList()));
        }
        return new PolicyCatalogueReader(source, schemas).read(root, regimes);
    }

    private PolicyCatalogue read(JsonNode root, LegalRegimes regimes) {
        Entry top = new Entry(source, root);
        top.allowOnly(TOP);
        List<Organisation> organisations = new ArrayList<>();
        for (Entry e : top.entries("organisations", "organisation")) {
            organisations.add(organisation(e));
        }
        List<Purpose> purposes = new ArrayList<>();
        for (Entry e : top.entries("purposes", "purpose")) {
            e.allowOnly(Set.of("code", "name", "legalBasis", "processingActivity"));
            purposes.add(new Purpose(e.text("code"), e.text("name"), e.text("legalBasis"), e.text("processingActivity")));
        }
        List<Role> roles = new ArrayList<>();
        for (Entry e : top.entries("roles", "role")) {
            e.allowOnly(Set.of("code", "name", "purposes"));
            roles.add(new Role(e.text("code"), e.text("name"), e.names("purposes")));
        }
        List<User> users = new ArrayList<>();
        for (Entry e : top.entries("users", "user")) {
            e.allowOnly(Set.of("id", "name", "organisation", "unit", "roles"));
            users.add(new User(e.text("id"), e.text("name"), e.text("organisation"), e.optionalText("unit"), e.names("roles")));
        }
        List<SharingAgreement> agreements = new ArrayList<>();
        Set<String> organisationCodes = new LinkedHashSet<>();
        organisations.forEach(o -> organisationCodes.add(o.code()));
        Set<String> purposeCodes = new LinkedHashSet<>();
        purposes.forEach(p -> purposeCodes.add(p.code()));
        for (Entry e : top.entries("agreements", "agreement")) {
            agreements.add(agreement(e, organisationCodes, purposeCodes));
        }
        List<WriteRule> writes = new ArrayList<>();
        if (top.has("writes")) {
            for (Entry e : top.entries("writes", "write rule")) {
                writes.add(writeRule(e));
            }
        }
        return new PolicyCatalogue(source, organisations, roles, users, purposes, agreements, regimes,
                new WriteRules(source, writes));
    }

    private static WriteRule writeRule(Entry e) {
        e.allowOnly(Set.of("id", "action", "roles", "purposes", "foreign", "owningUnit", "secondPerson", "description"));
        String action = e.text("action");
        WriteAction writeAction;
        try {
            writeAction = WriteAction.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw e.fail("unknown action '" + action + "'; known: " + List.of(WriteAction.values()));
        }
        ForeignData foreign = ForeignData.REFUSE;
        if (e.has("foreign")) {
            String f = e.text("foreign");
            try {
                foreign = ForeignData.valueOf(f.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw e.fail("'foreign' must be REFUSE or CONSENT, not '" + f + "'");
            }
        }
        return new WriteRule(e.text("id"), writeAction, e.has("roles") ? e.names("roles") : Set.of(),
                e.has("purposes") ? e.names("purposes") : Set.of(), foreign, e.bool("owningUnit"),
                e.bool("secondPerson"), e.text("description"));
    }

    private Organisation organisation(Entry e) {
        e.allowOnly(Set.of("code", "name", "kind", "units"));
        String kind = e.text("kind");
        OrganisationKind organisationKind;
        try {
            organisationKind = OrganisationKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw e.fail("unknown kind '" + kind + "'; known: " + List.of(OrganisationKind.values()));
        }
        List<Unit> units = new ArrayList<>();
        if (e.has("units")) {
            for (Entry u : e.entries("units", "unit")) {
                u.allowOnly(Set.of("code", "name"));
                units.add(new Unit(u.text("code"), u.text("name")));
            }
        }
        return new Organisation(e.text("code"), e.text("name"), organisationKind, units);
    }

    private SharingAgreement agreement(Entry e, Set<String> organisations, Set<String> purposes) {
        String id = e.text("id");
        int version = e.integer("version");
        Entry a = e.renamed(source + ": agreement '" + id + "' v" + version);
        a.allowOnly(Set.of("id", "version", "title", "basis", "validFrom", "validTo", "providers", "regimes",
                "recipients", "purposes", "schemata", "properties", "redact", "conditions"));
        Set<String> schemata = a.names("schemata");
        Set<String> covered = covered(a, schemata);
        Selection properties = a.has("properties") && !a.node.get("properties").isArray()
                ? all(a)
                : a.has("properties") ? Selection.only(a.names("properties")) : Selection.ALL;
        properties.names().forEach(p -> requireProperty(a, covered, p, "properties"));
        Set<String> redact = a.has("redact") ? a.names("redact") : Set.of();
        redact.forEach(p -> requireProperty(a, covered, p, "redact"));
        List<Condition> conditions = new ArrayList<>();
        if (a.has("conditions")) {
            for (Entry c : a.entries("conditions", "condition")) {
                conditions.add(condition(c));
            }
        }
        Set<String> everyone = new LinkedHashSet<>();
        Set<String> providers = namesOrAll(a, SharingAgreement.PROVIDERS, organisations, everyone);
        Set<String> recipients = namesOrAll(a, SharingAgreement.RECIPIENTS, organisations, everyone);
        Set<String> forPurposes = namesOrAll(a, SharingAgreement.PURPOSES, purposes, everyone);
        return new SharingAgreement(id, version, a.text("title"), a.text("basis"), a.date("validFrom"),
                a.has("validTo") ? Optional.of(a.date("validTo")) : Optional.empty(),
                providers, a.names("regimes"), recipients, forPurposes, schemata,
                covered, properties, redact, conditions, everyone);
    }

    /**
     * A list of names, or {@code all}: every code of the catalogue (its organisations, or its purposes). The
     * validator allows {@code all} only where it cannot widen access to withheld data (see
     * {@link PolicyCatalogueValidator}).
     */
    private static Set<String> namesOrAll(Entry a, String field, Set<String> every, Set<String> everyone) {
        JsonNode v = a.node.get(field);
        if (v != null && v.isTextual() && !v.isArray()) {
            if (!"all".equals(v.asText().trim())) {
                throw a.fail("'" + field + "' must be a list, e.g. [A, B], or 'all'");
            }
            everyone.add(field);
            return every;
        }
        return a.names(field);
    }

    private static Selection all(Entry a) {
        if (!"all".equals(a.node.get("properties").asText())) {
            throw a.fail("'properties' must be a list of property names or 'all'");
        }
        return Selection.ALL;
    }

    /** The named schemata and every schema that extends one of them (Person is covered by LegalEntity). */
    private Set<String> covered(Entry a, Set<String> names) {
        List<Schema> roots = new ArrayList<>();
        for (String name : names) {
            roots.add(schemas.schema(name).orElseThrow(() -> a.fail("unknown schema '" + name + "' in schemata")));
        }
        Set<String> covered = new LinkedHashSet<>();
        for (String candidate : schemas.schemaNames()) {
            Schema schema = schemas.require(candidate);
            if (roots.stream().anyMatch(schema::isA)) {
                covered.add(candidate);
            }
        }
        return covered;
    }

    private void requireProperty(Entry a, Set<String> covered, String property, String field) {
        if (property.equals(Statement.ID_PROPERTY)) {
            return;
        }
        boolean exists = covered.stream().anyMatch(s -> schemas.require(s).hasProperty(property));
        if (!exists) {
            throw a.fail("property '" + property + "' in " + field + " exists on none of the agreement's schemata");
        }
    }

    private static Condition condition(Entry c) {
        if (c.node.isTextual()) {
            return switch (c.node.asText().toUpperCase(Locale.ROOT)) {
                case "JOINT_CASE" -> new Condition.JointCase();
                case "CONFIRMED_HIT" -> new Condition.ConfirmedHit();
                case "UNITS", "NEVER" -> throw c.fail("condition " + c.node.asText() + " needs fields; write it as {type: "
                        + c.node.asText() + ", ...}");
                default -> throw c.fail(unknownCondition(c.node.asText()));
            };
        }
        c.allowOnly(Set.of("type", "units", "reason"));
        String type = c.text("type");
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "JOINT_CASE" -> new Condition.JointCase();
            case "CONFIRMED_HIT" -> new Condition.ConfirmedHit();
            case "UNITS" -> new Condition.Units(c.names("units"));
            case "NEVER" -> new Condition.Never(c.text("reason"));
            default -> throw c.fail(unknownCondition(type));
        };
    }

    private static String unknownCondition(String type) {
        return "unknown condition '" + type + "'; known: JOINT_CASE, CONFIRMED_HIT, UNITS, NEVER";
    }

    /** One YAML node and where it sits, so every error can say "file: entry: reason". */
    private static final class Entry {
        private final String where;
        private final JsonNode node;

        Entry(String where, JsonNode node) {
            this.where = where;
            this.node = node;
        }

        Entry renamed(String newWhere) {
            return new Entry(newWhere, node);
        }

        boolean has(String field) {
            return node.has(field) && !node.get(field).isNull();
        }

        void allowOnly(Set<String> fields) {
            if (!node.isObject()) {
                throw fail("expected a mapping");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!fields.contains(f)) {
                    throw fail("unknown field '" + f + "'; expected " + String.join(", ", fields.stream().sorted().toList()));
                }
            }
        }

        String text(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
                throw fail("missing '" + field + "'");
            }
            return v.asText().trim();
        }

        Optional<String> optionalText(String field) {
            return has(field) ? Optional.of(text(field)) : Optional.empty();
        }

        boolean bool(String field) {
            if (!has(field)) {
                return false;
            }
            JsonNode v = node.get(field);
            if (!v.isBoolean()) {
                throw fail("'" + field + "' must be true or false");
            }
            return v.booleanValue();
        }

        int integer(String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
                throw fail("'" + field + "' must be a whole number");
            }
            return v.intValue();
        }

        LocalDate date(String field) {
            String text = text(field);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw fail("'" + field + "' must be a date like 2025-01-31, not '" + text + "'");
            }
        }

        Set<String> names(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw fail("missing '" + field + "'");
            }
            if (!v.isArray()) {
                throw fail("'" + field + "' must be a list, e.g. [A, B]");
            }
            Set<String> result = new LinkedHashSet<>();
            for (JsonNode item : v) {
                if (!item.isValueNode() || item.asText().isBlank()) {
                    throw fail("'" + field + "' must list names");
                }
                result.add(item.asText().trim());
            }
            return result;
        }

        List<Entry> entries(String field, String kind) {
            JsonNode v = node.get(field);
            if (v == null || !v.isArray()) {
                throw fail("expected a list under '" + field + "'");
            }
            List<Entry> result = new ArrayList<>();
            int index = 0;
            for (JsonNode item : v) {
                index++;
                result.add(new Entry(where + (where.contains(": ") ? ", " : ": ") + kind + " " + label(item, index), item));
            }
            return result;
        }

        private static String label(JsonNode item, int index) {
            for (String key : new String[] {"id", "code"}) {
                if (item.isObject() && item.hasNonNull(key)) {
                    return "'" + item.get(key).asText() + "'";
                }
            }
            return "#" + index;
        }

        UserInputException fail(String reason) {
            return new UserInputException(where + ": " + reason);
        }
    }
}
