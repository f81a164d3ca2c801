package nl.gedeeldbeeld.store.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.decision.AccessAudit;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.policy.decision.AccessRefusedException;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.policy.export.ExportRequest;
import nl.gedeeldbeeld.policy.export.ExportRequests;
import nl.gedeeldbeeld.policy.export.ExportStatus;
import nl.gedeeldbeeld.policy.export.FourEyes;
import nl.gedeeldbeeld.policy.registers.AlertTrigger;
import nl.gedeeldbeeld.policy.write.WriteAction;
import nl.gedeeldbeeld.policy.write.WriteDecision;
import nl.gedeeldbeeld.policy.write.WriteRequest;
import nl.gedeeldbeeld.store.AuditedWrites;
import nl.gedeeldbeeld.store.VisibleStatements;
import tech.followthemoney.model.Schema;

/**
 * Exports of entity data as files, under the four-eyes rule: a request that would take personal data of
 * another partner out of the platform waits until a second person of the same organisation approves it.
 * The file is built when the requester downloads it, under their context and the request's purpose, so it
 * holds what they may see then, never more; if by then it would hold another partner's personal data that
 * nobody approved, the download is refused and a new request is needed. Every step is audited (EXPORT),
 * the download with the file's SHA-256 so a leaked file can be traced to its event. A request and a decision
 * commit with their events in one transaction ({@link AuditedWrites}); the download writes nothing to the
 * store, so its event is appended directly, before the file is handed over.
 *
 * <p>Personal data here means statements on a natural person (schema Person and its descendants): the
 * AVG's definition, applied to the schema because that is what the platform knows for certain.
 */
public final class Exports {
    private final EntityAccess access;
    private final ExportRequests requests;
    private final ProtectionWatch watch;
    private final WriteGuard writes;
    private final AuditedWrites audited;
    private final AuditLog audit;
    private final SchemaRegistry schemas;
    private final Clock clock;

    public Exports(EntityAccess access, ExportRequests requests, ProtectionWatch watch, WriteGuard writes,
                   AuditedWrites audited, SchemaRegistry schemas, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.watch = watch;
        this.writes = writes;
        this.audited = audited;
        this.audit = audited.log();
        this.schemas = schemas;
        this.clock = clock;
    }

    /**
     * Asks for an export; the answer names, of the entities asked for, those the requester may see now (an id
     * it may not see is kept with the request, which changes nothing, but is not echoed back as if it were).
     */
    public ExportView request(AccessContext ctx, List<String> entityIds, ExportFormat format, String justification) {
        if (entityIds.isEmpty()) {
            throw new UserInputException("an export names at least one entity");
        }
        if (justification == null || justification.isBlank()) {
            throw new UserInputException("state why the data must leave the platform (justification)");
        }
        VisibleStatements visible = access.visibleUnaudited(ctx, entityIds);
        if (visible.isEmpty()) {
            throw new UserInputException("nothing to export: none of these entities is visible under purpose "
                    + ctx.purpose().code());
        }
        Set<String> foreign = foreignPersonalData(ctx, visible);
        ExportStatus status = FourEyes.needsApproval(foreign) ? ExportStatus.PENDING_APPROVAL : ExportStatus.APPROVED;
        ExportRequest request = new ExportRequest(UUID.randomUUID().toString(), ctx.user().id(), ctx.organisation().code(),
                ctx.purpose().code(), format, List.copyOf(new java.util.LinkedHashSet<>(entityIds)), justification.strip(),
                foreign, status, clock.instant(), Optional.empty(), Optional.empty(), Optional.empty());
        audited.write("saving an export request", () -> requests.save(request), List.of(record(ctx, "export-request",
                request.entityIds(), status.name(), "export " + request.id() + " " + format
                        + (foreign.isEmpty() ? "; no personal data of other partners" : "; personal data of " + foreign
                        + ": four eyes required"))));
        return ExportView.of(request, visible.entityIds());
    }

    public ExportView approve(AccessContext ctx, String requestId, String note) {
        return shown(ctx, decide(ctx, requestId, ExportStatus.APPROVED, note), "export-decision-view");
    }

    public ExportView reject(AccessContext ctx, String requestId, String note) {
        return shown(ctx, decide(ctx, requestId, ExportStatus.REJECTED, note), "export-decision-view");
    }

    private ExportRequest decide(AccessContext ctx, String requestId, ExportStatus outcome, String note) {
        ExportRequest request = stored(ctx, requestId);
        // The write rule APPROVE_EXPORT: the request belongs to the requester's organisation, and the decider is
        // a second person of it. FourEyes adds what only an export has: still pending, and the approver may
        // act for the export's purpose.
        WriteDecision allowed = writes.check(ctx, WriteRequest.on(WriteAction.APPROVE_EXPORT, Set.of(request.organisation()))
                .after(request.requestedBy()), request.entityIds());
        FourEyes.whyNotApprover(request, ctx.user(), access.decisions().catalogue()).ifPresent(why -> {
            throw new AccessRefusedException(why);
        });
        ExportRequest decided = request.decided(outcome, ctx.user().id(), clock.instant(), note == null ? "" : note.strip());
        boolean won = audited.write("deciding an export request", () -> requests.decide(decided),
                done -> done ? List.of(record(ctx, "export-decision", request.entityIds(), outcome.name(), "export "
                        + requestId + " requested by " + request.requestedBy() + " (write rule " + allowed.rule() + ")"))
                        : List.of());
        if (!won) {
            throw new UserInputException("export " + requestId + " was decided by someone else in the meantime");
        }
        return decided;
    }

    /** The file, built now under the requester's context; only the requester, under the request's purpose. */
    public ExportFile download(AccessContext ctx, String requestId) {
        ExportRequest request = stored(ctx, requestId);
        if (!request.requestedBy().equals(ctx.user().id()) || !request.purpose().equals(ctx.purpose().code())) {
            throw new AccessRefusedException("only " + request.requestedBy() + " can download export " + requestId
                    + ", under purpose " + request.purpose());
        }
        if (request.status() != ExportStatus.APPROVED) {
            throw new AccessRefusedException("export " + requestId + " is " + request.status()
                    + (request.status() == ExportStatus.PENDING_APPROVAL ? ": a colleague must approve it first" : ""));
        }
        VisibleStatements visible = access.visibleUnaudited(ctx, request.entityIds());
        Set<String> foreign = foreignPersonalData(ctx, visible);
        if (!request.foreignPartners().containsAll(foreign)) {
            throw new AccessRefusedException("export " + requestId + " would now hold personal data of " + foreign
                    + " that nobody approved; request the export again");
        }
        access.touched(ctx, request.entityIds(), AlertTrigger.EXPORT);
        byte[] content = ExportWriter.write(request.format(), visible, s -> access.decisions().decide(ctx, s));
        String sha = sha256(content);
        long values = visible.statements().values().stream().mapToLong(List::size).sum();
        audit(ctx, "export-download", List.copyOf(visible.entityIds()), "ALLOW", "export " + requestId + " "
                + request.format() + " values=" + values + " sha256=" + sha);
        String extension = request.format() == ExportFormat.CSV ? "csv" : "ftm.json";
        String media = request.format() == ExportFormat.CSV ? "text/csv" : "application/x-ndjson";
        return new ExportFile("gedeeld-beeld-export-" + requestId + "." + extension, media, content, sha);
    }

    /**
     * The organisation's requests, for its members only (a colleague needs them to approve), each naming only
     * the entities this request may see now: one read over all of them, audited.
     */
    public List<ExportView> ofOrganisation(AccessContext ctx) {
        List<ExportRequest> all = requests.ofOrganisation(ctx.organisation().code());
        Set<String> named = new java.util.LinkedHashSet<>();
        all.forEach(r -> named.addAll(r.entityIds()));
        Set<String> visible = named.isEmpty() ? Set.of() : access.visibleIds(ctx, named, "export-list");
        return all.stream().map(r -> ExportView.of(r, visible)).toList();
    }

    /** One request of the organisation, naming only the entities this request may see now. */
    public ExportView find(AccessContext ctx, String requestId) {
        return shown(ctx, stored(ctx, requestId), "export-view");
    }

    private ExportView shown(AccessContext ctx, ExportRequest request, String activity) {
        return ExportView.of(request, access.visibleIds(ctx, request.entityIds(), activity));
    }

    private ExportRequest stored(AccessContext ctx, String requestId) {
        return requests.find(requestId).filter(r -> r.organisation().equals(ctx.organisation().code()))
                .orElseThrow(() -> new UserInputException("no export " + requestId + " for " + ctx.organisation().code()));
    }

    private Set<String> foreignPersonalData(AccessContext ctx, VisibleStatements visible) {
        Set<String> partners = new TreeSet<>();
        for (List<Statement> statements : visible.statements().values()) {
            for (Statement s : statements) {
                if (!s.provenance().partner().equals(ctx.organisation().code()) && isPerson(s.schema())) {
                    partners.add(s.provenance().partner());
                }
            }
        }
        return partners;
    }

    private boolean isPerson(String schemaName) {
        Optional<Schema> person = schemas.schema("Person");
        return schemas.schema(schemaName).flatMap(s -> person.map(s::isA)).orElse(false);
    }

    private void audit(AccessContext ctx, String step, List<String> ids, String outcome, String detail) {
        audit.append(record(ctx, step, ids, outcome, detail));
        audit.flush();
    }

    private nl.gedeeldbeeld.policy.audit.AuditRecord record(AccessContext ctx, String step, List<String> ids,
                                                            String outcome, String detail) {
        return AccessAudit.record(ctx, step, AuditAction.EXPORT, ids, outcome, detail, clock.instant());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
