package nl.gedeeldbeeld.store.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.policy.export.ExportRequest;
import nl.gedeeldbeeld.policy.export.ExportStatus;

/**
 * An export request as one request may see it. A request is shared within its organisation (a colleague
 * approves it), but the colleague's purpose, unit or agreements may not reach every entity the requester
 * named: {@code entityIds} holds only those the viewing request may see now, and says nothing of the others,
 * not even how many there are (issue 13, finding 18). Everything else is the organisation's own paperwork.
 */
public record ExportView(String id, String requestedBy, String organisation, String purpose, ExportFormat format,
                         List<String> entityIds, String justification, Set<String> foreignPartners,
                         ExportStatus status, Instant requestedAt, Optional<String> decidedBy,
                         Optional<Instant> decidedAt, Optional<String> decisionNote) {
    public ExportView {
        Objects.requireNonNull(id, "id");
        entityIds = List.copyOf(entityIds);
        foreignPartners = Set.copyOf(foreignPartners);
    }

    /** The request with only the entities among {@code visible}, in the request's order. */
    static ExportView of(ExportRequest request, Collection<String> visible) {
        Set<String> seen = Set.copyOf(visible);
        return new ExportView(request.id(), request.requestedBy(), request.organisation(), request.purpose(),
                request.format(), request.entityIds().stream().filter(seen::contains).toList(), request.justification(),
                request.foreignPartners(), request.status(), request.requestedAt(), request.decidedBy(), request.decidedAt(),
                request.decisionNote());
    }
}
