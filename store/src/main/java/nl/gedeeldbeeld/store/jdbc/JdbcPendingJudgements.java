package nl.gedeeldbeeld.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.Verdict;
import nl.gedeeldbeeld.policy.registers.PendingJudgement;
import nl.gedeeldbeeld.policy.registers.PendingJudgements;

/**
 * {@link PendingJudgements} over pending_judgements and pending_judgement_owners. Answers and closing are
 * compare-and-set updates, so two people of one owner answering at once record one answer, and a judgement
 * is applied or refused once.
 */
public final class JdbcPendingJudgements implements PendingJudgements {
    private static final String COLUMNS = "pending_id, left_id, right_id, verdict, judged_by, judge_organisation, judged_at,"
            + " score, reason, status";

    private final DataSource dataSource;

    public JdbcPendingJudgements(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void propose(PendingJudgement pending) {
        Objects.requireNonNull(pending, "pending");
        Judgement j = pending.judgement();
        Jdbc.inTransaction(dataSource, "proposing a cross-owner judgement", c -> {
            Jdbc.update(c, "INSERT INTO pending_judgements (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                ps.setString(1, pending.id());
                ps.setString(2, j.left());
                ps.setString(3, j.right());
                ps.setString(4, j.verdict().name());
                ps.setString(5, j.by());
                ps.setString(6, pending.judgeOrganisation());
                ps.setObject(7, StatementRows.timestamp(j.at()));
                if (Double.isNaN(j.score())) {
                    ps.setNull(8, Types.DOUBLE);
                } else {
                    ps.setDouble(8, j.score());
                }
                OptionalColumns.setString(ps, 9, j.reason());
                ps.setString(10, pending.status().name());
            });
            for (Map.Entry<String, Optional<PendingJudgement.Answer>> owner : pending.answers().entrySet()) {
                Jdbc.update(c, "INSERT INTO pending_judgement_owners (pending_id, organisation, consented, answered_by,"
                        + " answered_at) VALUES (?, ?, ?, ?, ?)", ps -> {
                            ps.setString(1, pending.id());
                            ps.setString(2, owner.getKey());
                            if (owner.getValue().isPresent()) {
                                ps.setBoolean(3, owner.getValue().get().consented());
                            } else {
                                ps.setNull(3, Types.BOOLEAN);
                            }
                            OptionalColumns.setString(ps, 4, owner.getValue().map(PendingJudgement.Answer::by));
                            OptionalColumns.setInstant(ps, 5, owner.getValue().map(PendingJudgement.Answer::at));
                        });
            }
            return null;
        });
    }

    @Override
    public Optional<PendingJudgement> find(String id) {
        Objects.requireNonNull(id, "id");
        return select(" WHERE pending_id = ?", id).stream().findFirst();
    }

    @Override
    public List<PendingJudgement> awaiting(String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return select(" WHERE status = 'PENDING' AND pending_id IN (SELECT pending_id FROM pending_judgement_owners"
                + " WHERE organisation = ? AND answered_at IS NULL) ORDER BY judged_at, pending_id", organisation);
    }

    @Override
    public List<PendingJudgement> proposedBy(String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return select(" WHERE judge_organisation = ? ORDER BY judged_at DESC, pending_id DESC", organisation);
    }

    @Override
    public List<PendingJudgement> applied() {
        return select(" WHERE status = 'APPLIED' ORDER BY judged_at, pending_id");
    }

    @Override
    public boolean answer(String id, String organisation, boolean consented, String by, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        return Jdbc.inTransaction(dataSource, "answering a cross-owner judgement", c -> Jdbc.update(c,
                "UPDATE pending_judgement_owners SET consented = ?, answered_by = ?, answered_at = ?"
                        + " WHERE pending_id = ? AND organisation = ? AND answered_at IS NULL"
                        + " AND EXISTS (SELECT 1 FROM pending_judgements p WHERE p.pending_id = ? AND p.status = 'PENDING')",
                ps -> {
                    ps.setBoolean(1, consented);
                    ps.setString(2, by);
                    ps.setObject(3, StatementRows.timestamp(at));
                    ps.setString(4, id);
                    ps.setString(5, organisation);
                    ps.setString(6, id);
                })) == 1;
    }

    @Override
    public boolean close(String id, PendingJudgement.Status outcome) {
        Objects.requireNonNull(id, "id");
        if (outcome == PendingJudgement.Status.PENDING) {
            throw new IllegalArgumentException("a pending judgement closes as APPLIED or REFUSED");
        }
        return Jdbc.inTransaction(dataSource, "closing a cross-owner judgement", c -> Jdbc.update(c,
                "UPDATE pending_judgements SET status = ? WHERE pending_id = ? AND status = 'PENDING'", ps -> {
                    ps.setString(1, outcome.name());
                    ps.setString(2, id);
                })) == 1;
    }

    private List<PendingJudgement> select(String where, String... parameters) {
        return Jdbc.read(dataSource, "reading cross-owner judgements", c -> {
            List<Row> rows = Jdbc.query(c, "SELECT " + COLUMNS + " FROM pending_judgements" + where, ps -> {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setString(i + 1, parameters[i]);
                }
            }, JdbcPendingJudgements::row);
            List<PendingJudgement> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new PendingJudgement(r.id(), r.judgement(), r.judgeOrganisation(), answers(c, r.id()), r.status()));
            }
            return List.copyOf(out);
        });
    }

    private static Map<String, Optional<PendingJudgement.Answer>> answers(Connection c, String id) throws SQLException {
        Map<String, Optional<PendingJudgement.Answer>> answers = new LinkedHashMap<>();
        Jdbc.query(c, "SELECT organisation, consented, answered_by, answered_at FROM pending_judgement_owners"
                + " WHERE pending_id = ? ORDER BY organisation", ps -> ps.setString(1, id), rs -> {
            String organisation = rs.getString(1);
            boolean consented = rs.getBoolean(2);
            String by = rs.getString(3);
            Optional<Instant> at = OptionalColumns.instant(rs, 4);
            answers.put(organisation, at.map(t -> new PendingJudgement.Answer(consented, by, t)));
            return null;
        });
        return answers;
    }

    private record Row(String id, Judgement judgement, String judgeOrganisation, PendingJudgement.Status status) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        double score = rs.getDouble(8);
        if (rs.wasNull()) {
            score = Double.NaN;
        }
        Judgement j = new Judgement(rs.getString(2), rs.getString(3), Verdict.valueOf(rs.getString(4)), rs.getString(5),
                true, StatementRows.instant(rs, 7), score, Optional.ofNullable(rs.getString(9)));
        return new Row(rs.getString(1), j, rs.getString(6), PendingJudgement.Status.valueOf(rs.getString(10)));
    }
}
