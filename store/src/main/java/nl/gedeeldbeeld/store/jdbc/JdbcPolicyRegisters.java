package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import nl.gedeeldbeeld.policy.registers.JointCase;
import nl.gedeeldbeeld.policy.registers.PolicyRegisters;
import nl.gedeeldbeeld.policy.registers.LiftRequest;
import nl.gedeeldbeeld.policy.registers.ProtectionFlag;
import nl.gedeeldbeeld.policy.registers.RegisterFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PolicyRegisters} over the tables of migration V4, on H2 and PostgreSQL with the same SQL. Writes
 * are idempotent as the interface asks: a repeat finds its row and changes nothing, and two processes
 * writing the same row at once are told apart by the table's key, not by a look-up that both could pass.
 *
 * <p>No cache. The per-request checks ({@link #factsOf} for a request's entities at once, or
 * {@link #isProtected}, {@link #inJointCase}, {@link #hasConfirmedHit} one at a time) are index seeks and the
 * sets one index range each, so a cache would save little; and it could only be
 * invalidated by writes through this object, while flags are also written by other processes on the same
 * database (the CLI, a second application node). A cache would then answer "not protected" for a person
 * another process has just flagged, which is exactly the disclosure the flag exists to prevent.
 *
 * <p>Thread-safe: every call takes its own connection.
 */
public final class JdbcPolicyRegisters implements PolicyRegisters {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcPolicyRegisters.class);
    private static final String FLAG_COLUMNS = "entity_id, owner_organisation, owner_unit, reason, flagged_by, flagged_at,"
            + " cover_of, flagged_purpose";

    private final DataSource dataSource;

    public JdbcPolicyRegisters(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    // ---- joint cases -------------------------------------------------------------------------------------

    @Override
    public void openCase(JointCase jointCase) {
        Objects.requireNonNull(jointCase, "jointCase");
        boolean opened = Jdbc.insertUnlessPresent(dataSource, "opening joint case", c -> {
            int inserted = Jdbc.update(c, "INSERT INTO joint_cases (case_id, title, opened_by, opened_at)"
                    + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM joint_cases WHERE case_id = ?)", ps -> {
                ps.setString(1, jointCase.id());
                ps.setString(2, jointCase.title());
                ps.setString(3, jointCase.openedBy());
                ps.setObject(4, StatementRows.timestamp(jointCase.openedAt()));
                ps.setString(5, jointCase.id());
            });
            if (inserted == 0) {
                return false;
            }
            for (String organisation : new TreeSet<>(jointCase.organisations())) {
                Jdbc.update(c, "INSERT INTO joint_case_parties (case_id, organisation) VALUES (?, ?)", ps -> {
                    ps.setString(1, jointCase.id());
                    ps.setString(2, organisation);
                });
            }
            return true;
        });
        if (opened) {
            LOG.info("joint case opened: case={} parties={}", jointCase.id(), jointCase.organisations().size());
        }
    }

    @Override
    public void addToCase(String caseId, String entityId, String addedBy, Instant at) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(at, "at");
        Jdbc.insertUnlessPresent(dataSource, "adding an entity to joint case", c -> {
            if (!exists(c, "SELECT 1 FROM joint_cases WHERE case_id = ?", caseId)) {
                throw new IllegalArgumentException("no joint case '" + caseId + "': open it first");
            }
            return Jdbc.update(c, "INSERT INTO joint_case_entities (case_id, entity_id, added_by, added_at)"
                    + " SELECT ?, ?, ?, ? WHERE NOT EXISTS"
                    + " (SELECT 1 FROM joint_case_entities WHERE case_id = ? AND entity_id = ?)", ps -> {
                ps.setString(1, caseId);
                ps.setString(2, entityId);
                ps.setString(3, addedBy);
                ps.setObject(4, StatementRows.timestamp(at));
                ps.setString(5, caseId);
                ps.setString(6, entityId);
            }) == 1;
        });
    }

    @Override
    public Optional<JointCase> findCase(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        List<JointCase> found = readCases("SELECT case_id, title, opened_by, opened_at FROM joint_cases WHERE case_id = ?",
                "SELECT case_id, organisation FROM joint_case_parties WHERE case_id = ?", caseId);
        return found.stream().findFirst();
    }

    @Override
    public List<JointCase> casesOf(String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        String ofOrganisation = "SELECT case_id FROM joint_case_parties WHERE organisation = ?";
        return readCases("SELECT case_id, title, opened_by, opened_at FROM joint_cases WHERE case_id IN (" + ofOrganisation
                        + ") ORDER BY case_id",
                "SELECT case_id, organisation FROM joint_case_parties WHERE case_id IN (" + ofOrganisation + ")",
                organisation);
    }

    /** Cases by the first query, their parties by the second; both take the same one parameter. */
    private List<JointCase> readCases(String casesSql, String partiesSql, String parameter) {
        return Jdbc.read(dataSource, "reading joint cases", c -> {
            Map<String, Set<String>> parties = new LinkedHashMap<>();
            for (String[] row : Jdbc.query(c, partiesSql, ps -> ps.setString(1, parameter),
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                parties.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(row[1]);
            }
            return Jdbc.query(c, casesSql, ps -> ps.setString(1, parameter), rs -> new JointCase(rs.getString(1),
                    rs.getString(2), parties.getOrDefault(rs.getString(1), Set.of()), rs.getString(3),
                    StatementRows.instant(rs, 4)));
        });
    }

    @Override
    public Set<String> entitiesOfCase(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return idSet("reading joint case entities",
                "SELECT entity_id FROM joint_case_entities WHERE case_id = ? ORDER BY entity_id", caseId);
    }

    @Override
    public Set<String> jointCaseEntities(String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return idSet("reading joint case entities", "SELECT DISTINCT e.entity_id FROM joint_case_parties p"
                + " JOIN joint_case_entities e ON e.case_id = p.case_id WHERE p.organisation = ? ORDER BY e.entity_id",
                organisation);
    }

    @Override
    public boolean inJointCase(String entityId, String organisation) {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(organisation, "organisation");
        return Jdbc.read(dataSource, "checking joint case membership", c -> exists(c,
                "SELECT 1 FROM joint_case_entities e JOIN joint_case_parties p ON p.case_id = e.case_id"
                        + " WHERE e.entity_id = ? AND p.organisation = ?", entityId, organisation));
    }

    // ---- confirmed hits ----------------------------------------------------------------------------------

    @Override
    public void confirmHit(String entityId, String organisation, String confirmedBy, Instant at) {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(at, "at");
        Jdbc.insertUnlessPresent(dataSource, "confirming a hit", c -> Jdbc.update(c,
                "INSERT INTO confirmed_hits (entity_id, organisation, confirmed_by, confirmed_at) SELECT ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM confirmed_hits WHERE entity_id = ? AND organisation = ?)", ps -> {
                    ps.setString(1, entityId);
                    ps.setString(2, organisation);
                    ps.setString(3, confirmedBy);
                    ps.setObject(4, StatementRows.timestamp(at));
                    ps.setString(5, entityId);
                    ps.setString(6, organisation);
                }) == 1);
    }

    @Override
    public Set<String> confirmedHitEntities(String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return idSet("reading confirmed hits",
                "SELECT entity_id FROM confirmed_hits WHERE organisation = ? ORDER BY entity_id", organisation);
    }

    @Override
    public boolean hasConfirmedHit(String entityId, String organisation) {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(organisation, "organisation");
        return Jdbc.read(dataSource, "checking confirmed hits", c -> exists(c,
                "SELECT 1 FROM confirmed_hits WHERE entity_id = ? AND organisation = ?", entityId, organisation));
    }

    // ---- protection flags --------------------------------------------------------------------------------

    /**
     * Inserts the flag unless the entity has an active one. The NOT EXISTS answers the common repeat; the
     * unique constraint on active_entity_id answers two processes flagging the same entity at once.
     */
    @Override
    public void protect(ProtectionFlag flag) {
        Objects.requireNonNull(flag, "flag");
        boolean flagged = Jdbc.insertUnlessPresent(dataSource, "flagging a protected person", c -> Jdbc.update(c,
                "INSERT INTO protection_flags (entity_id, active_entity_id, owner_organisation, owner_unit, reason,"
                        + " flagged_by, flagged_at, cover_of, flagged_purpose) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM protection_flags WHERE active_entity_id = ?)", ps -> {
                    ps.setString(1, flag.entityId());
                    ps.setString(2, flag.entityId());
                    ps.setString(3, flag.ownerOrganisation());
                    ps.setString(4, flag.ownerUnit());
                    ps.setString(5, flag.reason());
                    ps.setString(6, flag.flaggedBy());
                    ps.setObject(7, StatementRows.timestamp(flag.flaggedAt()));
                    OptionalColumns.setString(ps, 8, flag.coverOf());
                    ps.setString(9, flag.purpose());
                    ps.setString(10, flag.entityId());
                }) == 1);
        if (flagged) {
            // The entity id is not logged: that a given entity is protected is itself need-to-know.
            LOG.info("protection flag placed: owner={} cover={}", flag.ownerOrganisation(), flag.coverOf().isPresent());
        }
    }

    /** Lifted flags stay in the table with who lifted them and when; only their active marker goes. */
    @Override
    public void lift(String entityId, String liftedBy, Instant at) {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(liftedBy, "liftedBy");
        Objects.requireNonNull(at, "at");
        int lifted = Jdbc.inTransaction(dataSource, "lifting a protection flag", c -> {
            Jdbc.update(c, "DELETE FROM protection_lift_requests WHERE entity_id = ?", ps -> ps.setString(1, entityId));
            return Jdbc.update(c, "UPDATE protection_flags SET active_entity_id = NULL, lifted_by = ?, lifted_at = ?"
                    + " WHERE active_entity_id = ? OR (cover_of = ? AND active_entity_id IS NOT NULL)", ps -> {
                        ps.setString(1, liftedBy);
                        ps.setObject(2, StatementRows.timestamp(at));
                        ps.setString(3, entityId);
                        ps.setString(4, entityId);
                    });
        });
        if (lifted > 0) {
            LOG.info("protection flags lifted: flags={}", lifted);
        }
    }

    /** One open request per active flag: the insert names the active flag's row, whose key it shares. */
    @Override
    public boolean requestLift(LiftRequest request) {
        Objects.requireNonNull(request, "request");
        return Jdbc.insertUnlessPresent(dataSource, "requesting to lift a protection flag", c -> {
            List<Long> flag = Jdbc.query(c, "SELECT flag_id FROM protection_flags WHERE active_entity_id = ?",
                    ps -> ps.setString(1, request.entityId()), rs -> rs.getLong(1));
            if (flag.isEmpty()) {
                return false;
            }
            return Jdbc.update(c, "INSERT INTO protection_lift_requests (flag_id, entity_id, requested_by, requested_at, reason)"
                    + " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM protection_lift_requests WHERE flag_id = ?)", ps -> {
                        ps.setLong(1, flag.get(0));
                        ps.setString(2, request.entityId());
                        ps.setString(3, request.requestedBy());
                        ps.setObject(4, StatementRows.timestamp(request.requestedAt()));
                        ps.setString(5, request.reason());
                        ps.setLong(6, flag.get(0));
                    }) == 1;
        }) || liftRequestOf(request.entityId()).isPresent();
    }

    @Override
    public Optional<LiftRequest> liftRequestOf(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        return Jdbc.read(dataSource, "reading a request to lift a protection flag", c -> Jdbc.query(c,
                "SELECT r.entity_id, r.requested_by, r.requested_at, r.reason FROM protection_lift_requests r"
                        + " JOIN protection_flags f ON f.flag_id = r.flag_id WHERE f.active_entity_id = ?",
                ps -> ps.setString(1, entityId),
                rs -> new LiftRequest(rs.getString(1), rs.getString(2), StatementRows.instant(rs, 3), rs.getString(4))))
                .stream().findFirst();
    }

    @Override
    public Optional<ProtectionFlag> protectionOf(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        return Jdbc.read(dataSource, "reading a protection flag", c -> Jdbc.query(c,
                "SELECT " + FLAG_COLUMNS + " FROM protection_flags WHERE active_entity_id = ?",
                ps -> ps.setString(1, entityId), JdbcPolicyRegisters::readFlag)).stream().findFirst();
    }

    @Override
    public boolean isProtected(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        return Jdbc.read(dataSource, "checking protection",
                c -> exists(c, "SELECT 1 FROM protection_flags WHERE active_entity_id = ?", entityId));
    }

    @Override
    public Set<String> protectedEntities() {
        return Jdbc.read(dataSource, "reading protected entities", c -> ordered(Jdbc.query(c,
                "SELECT active_entity_id FROM protection_flags WHERE active_entity_id IS NOT NULL ORDER BY active_entity_id",
                ps -> { }, rs -> rs.getString(1))));
    }

    @Override
    public List<ProtectionFlag> flagsOwnedBy(String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return Jdbc.read(dataSource, "reading protection flags", c -> List.copyOf(Jdbc.query(c,
                "SELECT " + FLAG_COLUMNS + " FROM protection_flags WHERE owner_organisation = ?"
                        + " AND active_entity_id IS NOT NULL ORDER BY flagged_at, entity_id",
                ps -> ps.setString(1, organisation), JdbcPolicyRegisters::readFlag)));
    }

    private static ProtectionFlag readFlag(ResultSet rs) throws SQLException {
        return new ProtectionFlag(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(8), StatementRows.instant(rs, 6), OptionalColumns.string(rs, 7));
    }

    // ---- per request -------------------------------------------------------------------------------------

    /**
     * One query per register asked, on one connection, each an index seek per entity. Not one UNION of the
     * three: H2 materialises a union, which made it several times slower than the three queries (measured).
     */
    @Override
    public RegisterFacts factsOf(Collection<String> entityIds, String organisation, Set<RegisterFacts.Kind> kinds) {
        Objects.requireNonNull(organisation, "organisation");
        Set<String> asked = new LinkedHashSet<>(entityIds);
        if (asked.isEmpty() || kinds.isEmpty()) {
            return new RegisterFacts(asked, kinds, Set.of(), Set.of(), Set.of());
        }
        List<String> ids = asked.stream().sorted().toList();
        // A list of placeholders, not "= ANY(?)": H2 answers an IN list by index seeks but an array by a scan.
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        return Jdbc.read(dataSource, "checking the policy registers", c -> {
            Set<String> protectedIds = kinds.contains(RegisterFacts.Kind.PROTECTED)
                    ? idsAmong(c, "SELECT active_entity_id FROM protection_flags WHERE active_entity_id" + in, ids, Optional.empty())
                    : Set.of();
            Set<String> inCase = kinds.contains(RegisterFacts.Kind.JOINT_CASE)
                    ? idsAmong(c, "SELECT e.entity_id FROM joint_case_entities e JOIN joint_case_parties p"
                    + " ON p.case_id = e.case_id WHERE e.entity_id" + in + " AND p.organisation = ?", ids, Optional.of(organisation))
                    : Set.of();
            Set<String> hits = kinds.contains(RegisterFacts.Kind.CONFIRMED_HIT)
                    ? idsAmong(c, "SELECT entity_id FROM confirmed_hits WHERE entity_id" + in + " AND organisation = ?", ids,
                    Optional.of(organisation))
                    : Set.of();
            return new RegisterFacts(asked, kinds, protectedIds, inCase, hits);
        });
    }

    private static Set<String> idsAmong(Connection c, String sql, List<String> ids, Optional<String> organisation)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String id : ids) {
                ps.setString(i++, id);
            }
            if (organisation.isPresent()) {
                ps.setString(i, organisation.get());
            }
            Set<String> found = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Set<String> idSet(String operation, String sql, String parameter) {
        return Jdbc.read(dataSource, operation,
                c -> ordered(Jdbc.query(c, sql, ps -> ps.setString(1, parameter), rs -> rs.getString(1))));
    }

    /** An unmodifiable set that keeps the query's order, so callers and logs see ids sorted. */
    private static Set<String> ordered(List<String> ids) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }

    private static boolean exists(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
