package nl.gedeeldbeeld.app.resolution;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.JudgementLedger;
import nl.gedeeldbeeld.policy.audit.AuditAction;
import nl.gedeeldbeeld.policy.audit.AuditLog;
import nl.gedeeldbeeld.policy.audit.AuditRecord;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import nl.gedeeldbeeld.resolve.Judgements;
import nl.gedeeldbeeld.store.VisibleStatements;
import nl.gedeeldbeeld.store.access.AccessLayer;

/**
 * Writes the resolved record pairs as CSV {@code left_id,right_id,score,verdict,left_dataset,right_dataset}:
 * one row per pair with a deciding judgement, ids as the records had them in their source files where the
 * requester may see that source key (so an outside ground truth can score the file; the dataset columns keep
 * two partners' "P1" apart), else the opaque id: a source key is the supplier's registration key and leaves
 * only to the supplier (the access layer hands out another partner's {@code id} statement with its opaque
 * id as original, and this reads it from there, never from the id). Only pairs
 * of which the requester may see both records are written: the file leaves the platform, so it holds
 * nothing the requester could not read. The reads are audited through the access layer and the file as an
 * EXPORT event with its row count and SHA-256.
 */
public final class ResolutionExport {
    private static final int CHUNK = 1000;
    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumn("left_id").addColumn("right_id")
            .addNumberColumn("score").addColumn("verdict").addColumn("left_dataset").addColumn("right_dataset")
            .build().withHeader();

    private ResolutionExport() {
    }

    /** Writes the file; returns the number of pairs written. */
    public static int write(Path file, AccessLayer access, AccessContext ctx, JudgementLedger ledger, AuditLog audit,
                            Clock clock) {
        List<Judgement> deciding = new ArrayList<>(Judgements.of(ledger.all()).deciding().values());
        Set<String> ids = new LinkedHashSet<>();
        deciding.forEach(j -> {
            ids.add(j.left());
            ids.add(j.right());
        });
        Map<String, String> datasetOf = new java.util.HashMap<>();
        Map<String, String> sourceKeyOf = new java.util.HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            VisibleStatements visible = access.entities().statements(ctx, all.subList(from, Math.min(all.size(), from + CHUNK)),
                    "resolution-export");
            visible.statements().forEach((id, statements) -> {
                if (!statements.isEmpty()) {
                    datasetOf.put(id, statements.get(0).provenance().dataset());
                }
                statements.stream().filter(nl.gedeeldbeeld.model.statement.Statement::isIdStatement).findFirst()
                        .ifPresent(s -> sourceKeyOf.put(id, s.originalValue()));
            });
        }
        int rows = 0;
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha);
             SequenceWriter writer = new CsvMapper().writer(SCHEMA).writeValues(out)) {
            for (Judgement j : deciding) {
                String left = datasetOf.get(j.left());
                String right = datasetOf.get(j.right());
                if (left == null || right == null) {
                    continue;
                }
                writer.write(new Object[] {sourceKeyOf.getOrDefault(j.left(), j.left()), sourceKeyOf.getOrDefault(j.right(), j.right()),
                        Double.isNaN(j.score()) ? "" : String.format(java.util.Locale.ROOT, "%.6f", j.score()),
                        j.verdict().name(), left, right});
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        audit.append(new AuditRecord(clock.instant(), ctx.traceId(), "resolution-export", ctx.purpose().processingActivity(),
                ctx.user().id(), ctx.organisation().code(), ctx.purpose().code(), ctx.purpose().legalBasis(),
                AuditAction.EXPORT, List.of(file.getFileName().toString()), "WRITTEN",
                rows + " pairs; sha256 " + HexFormat.of().formatHex(sha.digest())));
        return rows;
    }
}
