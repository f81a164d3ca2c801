package nl.gedeeldbeeld.policy.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request to take entity data out of the platform as a file. The export is built at download time
 * under the requester's access context (same purpose), so it never holds more than the requester may see
 * then; {@code foreignPartners} are the other partners whose personal data the requester would export,
 * which is what makes a second person's approval necessary (four eyes, see {@link FourEyes}).
 *
 * @param justification why the data must leave the platform, in the requester's words
 */
public record ExportRequest(String id, String requestedBy, String organisation, String purpose, ExportFormat format,
                            List<String> entityIds, String justification, Set<String> foreignPartners,
                            ExportStatus status, Instant requestedAt, Optional<String> decidedBy,
                            Optional<Instant> decidedAt, Optional<String> decisionNote) {
    public ExportRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(format, "format");
        entityIds = List.copyOf(entityIds);
        Objects.requireNonNull(justification, "justification");
        foreignPartners = Set.copyOf(foreignPartners);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decisionNote, "decisionNote");
        if (entityIds.isEmpty()) {
            throw new IllegalArgumentException("an export names at least one entity");
        }
    }

    public ExportRequest decided(ExportStatus outcome, String by, Instant at, String note) {
        return new ExportRequest(id, requestedBy, organisation, purpose, format, entityIds, justification,
                foreignPartners, outcome, requestedAt, Optional.of(by), Optional.of(at), Optional.of(note));
    }
}
