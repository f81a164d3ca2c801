package nl.gedeeldbeeld.app.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.audit.AuditIdSets;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.Decision;
import nl.gedeeldbeeld.policy.decision.PolicyDecisionPoint;
import nl.gedeeldbeeld.policy.decision.ProtectedPersons;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.write.WriteDecision;
import nl.gedeeldbeeld.policy.write.WriteDecisionPoint;
import nl.gedeeldbeeld.policy.write.WriteRequest;
import nl.gedeeldbeeld.store.Storage;
import tech.followthemoney.model.Schema;

/**
 * The independent oracle of the write-and-read matrix: what a caller may see and do, worked out from the raw
 * statements ({@code streamAll}), the registers as stored (joint cases, hits, flags), the catalogue's
 * {@link PolicyDecisionPoint} and {@link WriteDecisionPoint} — never from the product's read path. Protection
 * cover (bewaken en beveiligen) is computed here in a few lines of its own ({@link Cover}), not taken from
 * the store's {@code ProtectionCover}, so a gap in either shows as a difference.
 */
final class MatrixOracle {
    static final Pattern ENTITY_ID = Pattern.compile("gb-[0-9a-z]{32}");
    private static final Pattern IDSET = Pattern.compile("idset:sha256:[0-9a-f]{64}");
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,4}");
    private static final int MIN_VALUE_LENGTH = 6;

    private final java.util.function.Supplier<Storage> opener;
    private final boolean closeAfterUse;
    private final PolicyCatalogue catalogue;
    private final SchemaRegistry schemas = SchemaRegistry.standard();
    private final Path auditLog;
    private Map<String, List<Statement>> all;

    /** Over a store that stays open (the application's). */
    MatrixOracle(Storage storage, PolicyCatalogue catalogue, Path auditLog) {
        this(() -> storage, false, catalogue, auditLog);
    }

    /**
     * Over a store opened for each look and closed after it ({@code closeAfterUse}), for a command line that
     * needs the store (and its index lock) to itself in between.
     */
    MatrixOracle(java.util.function.Supplier<Storage> opener, boolean closeAfterUse, PolicyCatalogue catalogue, Path auditLog) {
        this.opener = opener;
        this.closeAfterUse = closeAfterUse;
        this.catalogue = catalogue;
        this.auditLog = auditLog;
        reload();
    }

    private <T> T with(java.util.function.Function<Storage, T> work) {
        Storage storage = opener.get();
        try {
            return work.apply(storage);
        } finally {
            if (closeAfterUse) {
                storage.close();
            }
        }
    }

    /** Reads the raw statements again (after an import or a purge). */
    void reload() {
        all = with(storage -> {
            Map<String, List<Statement>> read = new LinkedHashMap<>();
            try (Stream<Statement> statements = storage.store().streamAll()) {
                statements.forEach(s -> read.computeIfAbsent(s.entityId(), k -> new ArrayList<>()).add(s));
            }
            return read;
        });
    }

    String id(String dataset, String sourceId) {
        return with(storage -> storage.store().entityIds().id(dataset, sourceId));
    }

    /** The entity's name, or else its first value that is not a reference. */
    String nameOf(String entity) {
        List<Statement> of = all.getOrDefault(entity, List.of());
        return of.stream().filter(s -> s.property().equals("name")).map(Statement::value).findFirst()
                .or(() -> of.stream().filter(s -> !s.isIdStatement() && !all.containsKey(s.value())).map(Statement::value).findFirst())
                .orElse(entity);
    }

    /** Dataset and source id of an entity (from its id statement's provenance and the world's source ids). */
    String[] sourceOf(String entity) {
        for (MatrixWorld.Dataset d : MatrixWorld.DATASETS) {
            for (String source : MatrixWorld.SAMPLE_SOURCE_IDS) {
                if (entity.equals(sampleIds().get(d.name() + "/" + source))) {
                    return new String[] {d.name(), source};
                }
            }
        }
        List<Statement> of = all.getOrDefault(entity, List.of());
        return new String[] {of.isEmpty() ? "politie-bvh" : of.get(0).provenance().dataset(), "onbekend"};
    }

    private Map<String, String> sampleIds;

    private Map<String, String> sampleIds() {
        if (sampleIds == null) {
            sampleIds = with(storage -> {
                Map<String, String> ids = new LinkedHashMap<>();
                for (MatrixWorld.Dataset d : MatrixWorld.DATASETS) {
                    for (String source : MatrixWorld.SAMPLE_SOURCE_IDS) {
                        ids.put(d.name() + "/" + source, storage.store().entityIds().id(d.name(), source));
                    }
                }
                return ids;
            });
        }
        return sampleIds;
    }

    /** The entities a matrix sends, in a fixed order (dataset, source id): ids are random per store. */
    List<String> sample() {
        return sampleIds().values().stream().filter(all::containsKey).toList();
    }

    Map<String, List<Statement>> statements() {
        return all;
    }

    Set<String> allIds() {
        return all.keySet();
    }

    /** The organisations whose statements an entity holds: its owners. */
    Set<String> owners(String entityId) {
        return all.getOrDefault(entityId, List.of()).stream().map(s -> s.provenance().partner()).collect(Collectors.toSet());
    }

    Set<String> ownersOfDataset(String dataset) {
        return all.values().stream().flatMap(List::stream).filter(s -> s.provenance().dataset().equals(dataset))
                .map(s -> s.provenance().partner()).collect(Collectors.toSet());
    }

    Optional<String> schemaOf(String entityId) {
        return all.getOrDefault(entityId, List.of()).stream().map(Statement::schema).findFirst();
    }

    WriteDecision decideWrite(AccessContext ctx, WriteRequest request) {
        return new WriteDecisionPoint(catalogue).decide(ctx, request);
    }

    /** What one caller may see now. */
    /**
     * @param referenced ids that are the value of a reference statement the caller may see (a payment's
     *                   beneficiary): the policy lets the statement through, so its value is no leak, though the
     *                   entity it names may stay invisible
     */
    record View(AccessContext ctx, Set<String> visible, Set<String> referenced, Set<String> allowedValues,
                Set<String> deniedValues, Map<String, Long> datasetFacets, Set<String> covered) {
    }

    View view(String user, String purpose) {
        return with(storage -> view(storage.store().registers(), user, purpose));
    }

    /** The views of these callers (user, purpose), from one look at the registers. */
    Map<String, View> views(List<String[]> callers) {
        return with(storage -> {
            PolicyRegisters registers = storage.store().registers();
            Map<String, View> views = new HashMap<>();
            for (String[] c : callers) {
                views.put(c[0] + "/" + c[1], view(registers, c[0], c[1]));
            }
            return views;
        });
    }

    private View view(PolicyRegisters registers, String user, String purpose) {
        Cover cover = Cover.of(all, registers, schemas);
        PolicyDecisionPoint pdp = new PolicyDecisionPoint(catalogue, registers, registers, cover);
        String org = catalogue.requireUser(user).organisation();
        AccessContext ctx = pdp.open(user, org, purpose, "matrix-oracle", Instant.now());
        Set<String> visible = new HashSet<>();
        Set<String> allowedValues = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        Set<String> candidates = new HashSet<>();
        Map<String, Set<String>> perDataset = new TreeMap<>();
        for (Map.Entry<String, List<Statement>> e : all.entrySet()) {
            for (Statement s : e.getValue()) {
                Decision d = pdp.decide(ctx, s);
                if (d instanceof Decision.Allow) {
                    visible.add(e.getKey());
                    allowedValues.add(s.value());
                    if (isReference(s)) {
                        referenced.add(s.value());
                    }
                    perDataset.computeIfAbsent(s.provenance().dataset(), k -> new HashSet<>()).add(e.getKey());
                } else {
                    if (d instanceof Decision.Redact) {
                        visible.add(e.getKey());
                        perDataset.computeIfAbsent(s.provenance().dataset(), k -> new HashSet<>()).add(e.getKey());
                    }
                    if (!s.isIdStatement() && !isReference(s) && s.value().length() >= MIN_VALUE_LENGTH) {
                        candidates.add(s.value());
                    }
                }
            }
        }
        candidates.removeAll(allowedValues);
        Map<String, Long> facets = new TreeMap<>();
        perDataset.forEach((k, v) -> facets.put(k, (long) v.size()));
        return new View(ctx, visible, referenced, allowedValues, candidates, facets, cover.all());
    }

    /** Ids the accountability endpoints may show an officer: those its own organisation's actors touched (audit). */
    Set<String> auditedIdsOf(String organisation) {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(auditLog)) {
            return ids;
        }
        try {
            for (String line : Files.readAllLines(auditLog)) {
                if (!line.contains("\"organisation\":\"" + organisation + "\"")) {
                    continue;
                }
                Matcher m = ENTITY_ID.matcher(line);
                while (m.find()) {
                    ids.add(m.group());
                }
                Matcher r = IDSET.matcher(line);
                while (r.find()) {
                    Path file = AuditIdSets.directoryOf(auditLog).resolve(r.group().substring(AuditIdSets.PREFIX.length()) + ".ids");
                    if (Files.exists(file)) {
                        Matcher f = ENTITY_ID.matcher(Files.readString(file));
                        while (f.find()) {
                            ids.add(f.group());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** The id-set references the audit log names (a view larger than an event holds inline). */
    List<String> idSetReferences() {
        try {
            Matcher m = IDSET.matcher(Files.readString(auditLog));
            List<String> refs = new ArrayList<>();
            while (m.find()) {
                refs.add(m.group());
            }
            return refs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Leaks in one answer: an entity id of the world the caller may not see, or a value withheld from it
     * (denied or redacted, and not visible elsewhere). What the request itself named is not a leak.
     */
    List<String> leaks(View view, String request, String body, Set<String> alsoAllowed) {
        List<String> leaks = new ArrayList<>();
        Matcher m = ENTITY_ID.matcher(body);
        Set<String> reported = new HashSet<>();
        while (m.find()) {
            String id = m.group();
            if (all.containsKey(id) && !view.visible().contains(id) && !view.referenced().contains(id) && !request.contains(id) && !alsoAllowed.contains(id)
                    && reported.add(id)) {
                leaks.add("entity id " + id + " (" + describe(id) + ")");
            }
        }
        for (String value : view.deniedValues()) {
            if (body.contains(value) && !request.contains(value)) {
                leaks.add("withheld value '" + value + "'");
            }
        }
        return leaks;
    }

    String describe(String id) {
        List<Statement> s = all.getOrDefault(id, List.of());
        if (s.isEmpty()) {
            return "unknown";
        }
        return s.get(0).provenance().dataset() + "/" + s.get(0).schema()
                + s.stream().filter(x -> x.property().equals("name")).map(x -> " " + x.value()).findFirst().orElse("");
    }

    private boolean isReference(Statement s) {
        return schemas.schema(s.schema()).map(sc -> sc.getProperty(s.property())).map(p -> p.getType().isEntity())
                .orElse(false);
    }

    /**
     * Protection cover computed independently: flagged entities (the register), the same address (normalised
     * postcode + first house number) or vehicle (plate without separators) under another id, and link entities
     * (edges, intervals that are not things) with a reference to either. Derived cover is not hidden from the
     * flag's own organisation; a reference statement to a covered entity is hidden where that entity is.
     */
    static final class Cover implements ProtectedPersons {
        private final Map<String, String> direct;
        private final Map<String, String> derived;
        private final SchemaRegistry schemas;

        private Cover(Map<String, String> direct, Map<String, String> derived, SchemaRegistry schemas) {
            this.direct = direct;
            this.derived = derived;
            this.schemas = schemas;
        }

        static Cover of(Map<String, List<Statement>> all, PolicyRegisters registers, SchemaRegistry schemas) {
            Map<String, String> direct = new HashMap<>();
            for (String id : registers.protectedEntities()) {
                registers.protectionOf(id).ifPresent(f -> direct.put(id, f.ownerOrganisation()));
            }
            Map<String, String> derived = new HashMap<>();
            if (direct.isEmpty()) {
                return new Cover(direct, derived, schemas);
            }
            Map<String, String> keys = new HashMap<>();
            direct.forEach((id, owner) -> key(all.getOrDefault(id, List.of()), schemas).ifPresent(k -> keys.putIfAbsent(k, owner)));
            all.forEach((id, statements) -> {
                if (!direct.containsKey(id)) {
                    key(statements, schemas).map(keys::get).ifPresent(owner -> derived.put(id, owner));
                }
            });
            Map<String, String> covered = new HashMap<>(direct);
            covered.putAll(derived);
            all.forEach((id, statements) -> {
                if (covered.containsKey(id) || statements.isEmpty() || !isLink(schemas, statements.get(0).schema())) {
                    return;
                }
                statements.stream().filter(s -> covered.containsKey(s.value()) && entityTyped(schemas, s)).findFirst()
                        .ifPresent(s -> derived.putIfAbsent(id, covered.get(s.value())));
            });
            return new Cover(direct, derived, schemas);
        }

        private static Optional<String> key(List<Statement> statements, SchemaRegistry schemas) {
            if (statements.isEmpty()) {
                return Optional.empty();
            }
            String schema = statements.get(0).schema();
            if (isA(schemas, schema, "Vehicle")) {
                return first(statements, "registrationNumber")
                        .map(v -> "plate:" + v.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT));
            }
            if (isA(schemas, schema, "Address")) {
                Optional<String> postcode = first(statements, "postalCode").map(v -> v.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
                Optional<String> number = first(statements, "houseNumber").map(DIGITS::matcher).filter(Matcher::find)
                        .map(Matcher::group);
                if (postcode.isPresent() && number.isPresent()) {
                    return Optional.of("address:" + postcode.get() + ":" + number.get());
                }
            }
            return Optional.empty();
        }

        private static Optional<String> first(List<Statement> statements, String property) {
            return statements.stream().filter(s -> s.property().equals(property)).map(Statement::value).findFirst();
        }

        private static boolean isA(SchemaRegistry schemas, String schema, String ancestor) {
            return schemas.schema(schema).map(s -> s.isA(schemas.require(ancestor))).orElse(false);
        }

        private static boolean isLink(SchemaRegistry schemas, String schemaName) {
            Optional<Schema> schema = schemas.schema(schemaName);
            return schema.map(s -> s.isEdge() || (s.isA(schemas.require("Interval")) && !s.isA(schemas.require("Thing"))))
                    .orElse(false);
        }

        private static boolean entityTyped(SchemaRegistry schemas, Statement s) {
            return schemas.schema(s.schema()).map(sc -> sc.getProperty(s.property())).map(p -> p.getType().isEntity())
                    .orElse(false);
        }

        @Override
        public boolean isProtected(String entityId) {
            return direct.containsKey(entityId);
        }

        private boolean hiddenFrom(String id, String viewer) {
            return direct.containsKey(id) || (derived.containsKey(id) && !derived.get(id).equals(viewer));
        }

        @Override
        public boolean hides(Statement statement, String viewerOrganisation) {
            return hiddenFrom(statement.entityId(), viewerOrganisation)
                    || (entityTyped(schemas, statement) && hiddenFrom(statement.value(), viewerOrganisation));
        }

        Set<String> all() {
            Set<String> ids = new HashSet<>(direct.keySet());
            ids.addAll(derived.keySet());
            return ids;
        }
    }
}
