package nl.gedeeldbeeld.policy.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical form of an audit event: compact JSON, fields in a fixed order (seq, time, traceId, spanId,
 * processingActivity, actor, organisation, purpose, legalBasis, action, objectIds, decision, detail, prev),
 * time as ISO-8601 UTC ({@link Instant#toString()}), UTF-8. The hash is the hex SHA-256 of those bytes; the
 * stored line is the same JSON with {@code "hash"} appended as the last field. Fixing the form here, not
 * relying on a mapper's field order, keeps old logs verifiable after library upgrades.
 *
 * <p>An event written through the audit outbox carries {@code "outbox"} (the outbox entry's id) between
 * {@code detail} and {@code prev}; every other event leaves the field out, so the lines and hashes of logs
 * written before the outbox existed are unchanged and still verify.
 */
public final class AuditJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FIELDS = List.of("seq", "time", "traceId", "spanId", "processingActivity",
            "actor", "organisation", "purpose", "legalBasis", "action", "objectIds", "decision", "detail", "prev", "hash");
    private static final List<String> FIELDS_WITH_OUTBOX = List.of("seq", "time", "traceId", "spanId",
            "processingActivity", "actor", "organisation", "purpose", "legalBasis", "action", "objectIds", "decision",
            "detail", "outbox", "prev", "hash");

    private AuditJson() {
    }

    /** The canonical JSON the hash covers: every field but the hash itself. */
    public static String canonical(AuditEvent e) {
        return write(e, false);
    }

    /** The line stored in a log file (without its newline). */
    public static String line(AuditEvent e) {
        return write(e, true);
    }

    public static String computeHash(AuditEvent e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    private static String write(AuditEvent e, boolean withHash) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("seq", e.sequence());
            g.writeStringField("time", e.time().toString());
            g.writeStringField("traceId", e.traceId());
            g.writeStringField("spanId", e.spanId());
            g.writeStringField("processingActivity", e.processingActivity());
            g.writeStringField("actor", e.actor());
            g.writeStringField("organisation", e.organisation());
            g.writeStringField("purpose", e.purpose());
            g.writeStringField("legalBasis", e.legalBasis());
            g.writeStringField("action", e.action().name());
            g.writeArrayFieldStart("objectIds");
            for (String id : e.objectIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeStringField("decision", e.decision());
            g.writeStringField("detail", e.detail());
            if (!e.outboxId().isEmpty()) {
                g.writeStringField("outbox", e.outboxId());
            }
            g.writeStringField("prev", e.previousHash());
            if (withHash) {
                g.writeStringField("hash", e.hash());
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write JSON to a string", ex);
        }
        return out.toString();
    }

    /**
     * Reads a stored line back. Strict: exactly the canonical fields, in order, with the right types, so
     * that an edited line fails here or on its hash, never passes by being read leniently.
     *
     * @throws IllegalArgumentException with the reason when the line is not an audit event
     */
    public static AuditEvent parse(String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (IOException ex) {
            throw new IllegalArgumentException("not JSON");
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        boolean viaOutbox = names.equals(FIELDS_WITH_OUTBOX);
        if (!names.equals(FIELDS) && !viaOutbox) {
            throw new IllegalArgumentException("fields " + names + " are not the audit fields in their order");
        }
        if (viaOutbox && n.get("outbox").asText().isEmpty()) {
            throw new IllegalArgumentException("an outbox field names its entry");
        }
        if (!n.get("seq").isIntegralNumber() || !n.get("objectIds").isArray()) {
            throw new IllegalArgumentException("seq must be a number and objectIds a list");
        }
        List<String> objectIds = new ArrayList<>();
        n.get("objectIds").forEach(id -> objectIds.add(id.asText()));
        AuditAction action;
        Instant time;
        try {
            action = AuditAction.valueOf(n.get("action").asText());
            time = Instant.parse(n.get("time").asText());
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            throw new IllegalArgumentException("bad action or time");
        }
        return new AuditEvent(n.get("seq").asLong(), time, n.get("traceId").asText(), n.get("spanId").asText(),
                n.get("processingActivity").asText(), n.get("actor").asText(), n.get("organisation").asText(),
                n.get("purpose").asText(), n.get("legalBasis").asText(), action, objectIds,
                n.get("decision").asText(), n.get("detail").asText(), viaOutbox ? n.get("outbox").asText() : "",
                n.get("prev").asText(), n.get("hash").asText());
    }

    /**
     * A record in the same canonical form, as the outbox stores it until it is chained (sequence 0, no hashes).
     * Reusing the event's form keeps one strict reader for both.
     */
    public static String recordLine(AuditRecord r) {
        return line(new AuditEvent(0, r.time(), r.traceId(), r.spanId(), r.processingActivity(), r.actor(),
                r.organisation(), r.purpose(), r.legalBasis(), r.action(), r.objectIds(), r.decision(), r.detail(),
                r.outboxId(), "", ""));
    }

    /** Reads a {@link #recordLine} back. */
    public static AuditRecord parseRecord(String line) {
        return parse(line).record();
    }
}
