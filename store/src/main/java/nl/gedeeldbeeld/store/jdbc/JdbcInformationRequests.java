package nl.gedeeldbeeld.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import nl.gedeeldbeeld.policy.registers.InformationRequest;
import nl.gedeeldbeeld.policy.registers.InformationRequests;

/**
 * {@link InformationRequests} over information_requests. The answer is a compare-and-set on status OPEN, so two
 * people of the addressed partner answering at once record one answer.
 */
public final class JdbcInformationRequests implements InformationRequests {
    private static final String COLUMNS = "request_id, requester_organisation, requested_by, purpose, subject_id,"
            + " addressed_organisation, hit_ids, justification, requested_at, status, answered_by, answered_at, answer_text";

    private final DataSource dataSource;

    public JdbcInformationRequests(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void add(InformationRequest r) {
        Objects.requireNonNull(r, "request");
        if (r.status() != InformationRequest.Status.OPEN) {
            throw new IllegalArgumentException("a request for information is added open");
        }
        Jdbc.inTransaction(dataSource, "adding a request for information", c -> Jdbc.update(c,
                "INSERT INTO information_requests (request_id, requester_organisation, requested_by, purpose, subject_id,"
                        + " addressed_organisation, hit_ids, justification, requested_at, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, r.id());
                    ps.setString(2, r.requesterOrganisation());
                    ps.setString(3, r.requestedBy());
                    ps.setString(4, r.purpose());
                    ps.setString(5, r.subjectId());
                    ps.setString(6, r.addressedOrganisation());
                    ps.setString(7, String.join("\n", r.hitIds()));
                    ps.setString(8, r.justification());
                    ps.setObject(9, StatementRows.timestamp(r.requestedAt()));
                    ps.setString(10, r.status().name());
                }));
    }

    @Override
    public Optional<InformationRequest> find(String id) {
        Objects.requireNonNull(id, "id");
        return select(" WHERE request_id = ?", id).stream().findFirst();
    }

    @Override
    public List<InformationRequest> madeBy(String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return select(" WHERE requester_organisation = ? ORDER BY requested_at DESC, request_id DESC", organisation);
    }

    @Override
    public List<InformationRequest> addressedTo(String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return select(" WHERE addressed_organisation = ? ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END,"
                + " requested_at DESC, request_id DESC", organisation);
    }

    @Override
    public boolean answer(String id, InformationRequest.Status status, InformationRequest.Answer answer) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(answer, "answer");
        if (status == InformationRequest.Status.OPEN) {
            throw new IllegalArgumentException("an answer provides or refuses");
        }
        return Jdbc.inTransaction(dataSource, "answering a request for information", c -> Jdbc.update(c,
                "UPDATE information_requests SET status = ?, answered_by = ?, answered_at = ?, answer_text = ?"
                        + " WHERE request_id = ? AND status = 'OPEN'", ps -> {
                    ps.setString(1, status.name());
                    ps.setString(2, answer.by());
                    ps.setObject(3, StatementRows.timestamp(answer.at()));
                    ps.setString(4, answer.text());
                    ps.setString(5, id);
                })) == 1;
    }

    private List<InformationRequest> select(String where, String parameter) {
        return Jdbc.read(dataSource, "reading requests for information", c -> List.copyOf(Jdbc.query(c,
                "SELECT " + COLUMNS + " FROM information_requests" + where, ps -> ps.setString(1, parameter),
                JdbcInformationRequests::row)));
    }

    private static InformationRequest row(ResultSet rs) throws SQLException {
        InformationRequest.Status status = InformationRequest.Status.valueOf(rs.getString(10));
        Optional<Instant> answeredAt = OptionalColumns.instant(rs, 12);
        Optional<InformationRequest.Answer> answer = status == InformationRequest.Status.OPEN ? Optional.empty()
                : Optional.of(new InformationRequest.Answer(rs.getString(11), answeredAt.orElseThrow(),
                        Optional.ofNullable(rs.getString(13)).orElse("")));
        return new InformationRequest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Arrays.asList(rs.getString(7).split("\n")), rs.getString(8), StatementRows.instant(rs, 9),
                status, answer);
    }
}
