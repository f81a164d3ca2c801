package nl.gedeeldbeeld.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.entity.StatementFactory;
import nl.gedeeldbeeld.model.entity.ValueIssue;
import nl.gedeeldbeeld.model.provenance.LegalRegimes;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.statement.Statement;

/**
 * Turns a source record into statements. A record lands with its usable values and the issues of the
 * others (kept as text, or held for the quarantine); it is refused whole only when it is unusable as a
 * whole: unreadable, or an entity of it (a CSV row may yield several) has no id or an unknown schema, so
 * no half of a row is imported.
 */
final class RecordConverter {

    sealed interface Result {
        /** @param issues the values that could not be used as they were, qualified with their entity's label */
        record Accepted(List<Statement> statements, List<ValueIssue> issues) implements Result {
            public Accepted {
                statements = List.copyOf(statements);
                issues = List.copyOf(issues);
            }

        }

        record Rejected(String reason) implements Result {
        }
    }

    private final StatementFactory factory;
    private final ProvenanceTemplate provenance;
    private final LegalRegimes regimes;

    RecordConverter(StatementFactory factory, ProvenanceTemplate provenance, LegalRegimes regimes) {
        this.factory = factory;
        this.provenance = provenance;
        this.regimes = regimes;
    }

    Result convert(SourceRecord record, String batchId, Instant seenAt) {
        if (record instanceof SourceRecord.Unreadable unreadable) {
            return new Result.Rejected(unreadable.reason());
        }
        if (record instanceof SourceRecord.StatementRow row) {
            return convertRow(row, batchId, seenAt);
        }
        SourceRecord.Parsed parsed = (SourceRecord.Parsed) record;
        Provenance p = provenance.forRecord(parsed.firstSeen(), batchId);
        List<Statement> statements = new ArrayList<>();
        List<ValueIssue> issues = new ArrayList<>(parsed.issues());
        List<String> reasons = new ArrayList<>();
        for (SourceEntity entity : parsed.entities()) {
            StatementFactory.Conversion conversion = factory.convert(entity.record(), p, seenAt);
            if (conversion instanceof StatementFactory.Conversion.Accepted accepted) {
                statements.addAll(accepted.statements());
                accepted.issues().forEach(i -> issues.add(i.qualified(entity.label())));
            } else {
                ((StatementFactory.Conversion.Rejected) conversion).reasons().forEach(r -> reasons.add(entity.qualify(r)));
            }
        }
        return reasons.isEmpty() ? new Result.Accepted(statements, issues) : new Result.Rejected(String.join("; ", reasons));
    }

    /** A statement row: its own provenance columns first, the request's for what the row does not say. */
    private Result convertRow(SourceRecord.StatementRow row, String batchId, Instant seenAt) {
        Provenance p;
        try {
            p = provenance.forStatement(row.columns(), batchId, regimes);
        } catch (UserInputException | IllegalArgumentException e) {
            return new Result.Rejected(e.getMessage());
        }
        Instant firstSeen = row.columns().firstSeen().orElse(seenAt);
        // A row seen last before it was first seen is taken as seen once.
        Instant lastSeen = row.columns().lastSeen().filter(l -> !l.isBefore(firstSeen))
                .orElse(row.columns().firstSeen().isPresent() ? firstSeen : seenAt);
        StatementFactory.Conversion conversion = factory.convertStatement(row.statement(), p, firstSeen, lastSeen);
        if (conversion instanceof StatementFactory.Conversion.Accepted accepted) {
            return new Result.Accepted(accepted.statements(), accepted.issues());
        }
        return new Result.Rejected(String.join("; ", ((StatementFactory.Conversion.Rejected) conversion).reasons()));
    }
}
