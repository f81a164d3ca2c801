package nl.gedeeldbeeld.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.JudgementLedger;
import nl.gedeeldbeeld.model.resolution.Verdict;

/** {@link JudgementLedger} over the resolution_judgements table; a NaN score is stored as NULL. */
public final class JdbcJudgementLedger implements JudgementLedger {
    private static final String COLUMNS = "left_id, right_id, verdict, judged_by, human, judged_at, score, reason";
    private static final int BATCH = 1000;
    private static final int IN_LIST = 500;

    private final DataSource dataSource;

    public JdbcJudgementLedger(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void append(List<Judgement> judgements) {
        if (judgements.isEmpty()) {
            return;
        }
        Jdbc.inTransaction(dataSource, "recording resolution judgements", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO resolution_judgements (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Judgement j : judgements) {
                    ps.setString(1, j.left());
                    ps.setString(2, j.right());
                    ps.setString(3, j.verdict().name());
                    ps.setString(4, j.by());
                    ps.setBoolean(5, j.human());
                    ps.setObject(6, StatementRows.timestamp(j.at()));
                    if (Double.isNaN(j.score())) {
                        ps.setNull(7, Types.DOUBLE);
                    } else {
                        ps.setDouble(7, j.score());
                    }
                    OptionalColumns.setString(ps, 8, j.reason());
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public List<Judgement> all() {
        return Jdbc.read(dataSource, "reading resolution judgements", c -> Jdbc.query(c,
                "SELECT " + COLUMNS + " FROM resolution_judgements ORDER BY judgement_id", ps -> { }, JdbcJudgementLedger::row));
    }

    @Override
    public List<Judgement> naming(Collection<String> recordIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(recordIds));
        if (ids.isEmpty()) {
            return List.of();
        }
        return Jdbc.read(dataSource, "reading resolution judgements", c -> {
            // A row can name records of two chunks, and each chunk is a UNION: the map by id keeps each row
            // once and puts them back in the order they were made.
            TreeMap<Long, Judgement> byId = new TreeMap<>();
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                String sql = "SELECT judgement_id, " + COLUMNS + " FROM resolution_judgements WHERE left_id IN (" + marks
                        + ") UNION SELECT judgement_id, " + COLUMNS + " FROM resolution_judgements WHERE right_id IN (" + marks + ")";
                Jdbc.query(c, sql, ps -> {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                        ps.setString(chunk.size() + i + 1, chunk.get(i));
                    }
                }, rs -> byId.put(rs.getLong(1), row(rs, 1)));
            }
            return List.copyOf(byId.values());
        });
    }

    private static Judgement row(ResultSet rs) throws SQLException {
        return row(rs, 0);
    }

    private static Judgement row(ResultSet rs, int offset) throws SQLException {
        double score = rs.getDouble(offset + 7);
        if (rs.wasNull()) {
            score = Double.NaN;
        }
        return new Judgement(rs.getString(offset + 1), rs.getString(offset + 2), Verdict.valueOf(rs.getString(offset + 3)),
                rs.getString(offset + 4), rs.getBoolean(offset + 5), StatementRows.instant(rs, offset + 6), score,
                Optional.ofNullable(rs.getString(offset + 8)));
    }
}
