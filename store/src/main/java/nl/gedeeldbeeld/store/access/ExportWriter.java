package nl.gedeeldbeeld.store.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.policy.decision.Decision;
import nl.gedeeldbeeld.policy.export.ExportFormat;
import nl.gedeeldbeeld.store.RedactedProperty;
import nl.gedeeldbeeld.store.VisibleStatements;

/**
 * Writes visible statements as FtM statement JSON lines or CSV, each value with its provenance and the
 * legal basis on which the exporter may hold it (the rule and agreement that allowed it, and the
 * agreement's basis). The column names follow FtM's statement format (entity_id, schema, prop, value,
 * dataset, original_value, first_seen, last_seen) plus ours; a redacted property is a row with
 * {@code redacted=true} and no value, so the receiver knows it exists and whom to ask. A value kept as the
 * source's text has {@code not_normalised=true}. {@code gb ingest} reads these files back as statements
 * (see docs/import.md), so an export imported into a fresh store gives the same statements and provenance.
 */
public final class ExportWriter {
    static final List<String> COLUMNS = List.of("id", "entity_id", "schema", "prop", "value", "original_value",
            "not_normalised", "redacted", "dataset", "partner", "legal_regime", "reliability", "collected_at", "first_seen", "last_seen",
            "retain_until", "batch", "decision_rule", "agreement", "legal_basis");

    private ExportWriter() {
    }

    /**
     * The export file of these statements, each with the decision that let the exporter see it. Public so
     * that the import's round-trip test can write exactly what an export writes; requests go through
     * {@link Exports}, which decides, approves and audits.
     */
    public static byte[] write(ExportFormat format, VisibleStatements visible, Function<Statement, Decision> decide) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String entityId : visible.entityIds()) {
            for (Statement s : visible.statementsOf(entityId)) {
                rows.add(row(s, decide.apply(s)));
            }
            for (RedactedProperty p : visible.redactedOf(entityId)) {
                rows.add(redactedRow(p));
            }
        }
        try {
            return format == ExportFormat.CSV ? csv(rows) : jsonLines(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("writing export failed", e);
        }
    }

    private static Map<String, Object> row(Statement s, Decision d) {
        Map<String, Object> row = new LinkedHashMap<>();
        var p = s.provenance();
        row.put("id", s.id());
        row.put("entity_id", s.entityId());
        row.put("schema", s.schema());
        row.put("prop", s.property());
        row.put("value", s.value());
        row.put("original_value", s.originalValue());
        row.put("not_normalised", s.notNormalised());
        row.put("redacted", false);
        row.put("dataset", p.dataset());
        row.put("partner", p.partner());
        row.put("legal_regime", p.regime());
        row.put("reliability", p.reliability().code());
        row.put("collected_at", p.collectedAt().toString());
        row.put("first_seen", s.firstSeen().toString());
        row.put("last_seen", s.lastSeen().toString());
        row.put("retain_until", p.retainUntil().toString());
        row.put("batch", p.batchId());
        row.put("decision_rule", d.rule().name());
        row.put("agreement", d.agreement().map(Object::toString).orElse(""));
        row.put("legal_basis", d.reason());
        return row;
    }

    private static Map<String, Object> redactedRow(RedactedProperty p) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String c : COLUMNS) {
            row.put(c, "");
        }
        row.put("entity_id", p.entityId());
        row.put("schema", p.schema());
        row.put("prop", p.property());
        row.put("redacted", true);
        row.put("dataset", p.dataset());
        row.put("partner", p.partner());
        row.put("legal_regime", p.regime());
        row.put("decision_rule", "AGREEMENT");
        row.put("legal_basis", "afgeschermd: het convenant staat alleen het bestaan van deze eigenschap toe");
        return row;
    }

    private static byte[] jsonLines(List<Map<String, Object>> rows) throws IOException {
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map<String, Object> row : rows) {
            out.write(json.writeValueAsBytes(row));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] csv(List<Map<String, Object>> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        return new CsvMapper().writer(schema.build()).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
    }
}
