package nl.gedeeldbeeld.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.model.entity.StatementFactory;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.statement.Statement;

/**
 * Turns a source record into statements, all or nothing: if any entity of the record (a CSV row may
 * yield several) is rejected, the whole record is, with every reason, so no half of a row is imported.
 */
final class RecordConverter {

    sealed interface Result {
        record Accepted(List<Statement> statements) implements Result {
        }

        record Rejected(String reason) implements Result {
        }
    }

    private final StatementFactory factory;
    private final ProvenanceTemplate provenance;

    RecordConverter(StatementFactory factory, ProvenanceTemplate provenance) {
        this.factory = factory;
        this.provenance = provenance;
    }

    Result convert(SourceRecord record, String batchId, Instant seenAt) {
        if (record instanceof SourceRecord.Unreadable unreadable) {
            return new Result.Rejected(unreadable.reason());
        }
        SourceRecord.Parsed parsed = (SourceRecord.Parsed) record;
        Provenance p = provenance.forRecord(parsed.firstSeen(), batchId);
        List<Statement> statements = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (SourceEntity entity : parsed.entities()) {
            StatementFactory.Conversion conversion = factory.convert(entity.record(), p, seenAt);
            if (conversion instanceof StatementFactory.Conversion.Accepted accepted) {
                statements.addAll(accepted.statements());
            } else {
                ((StatementFactory.Conversion.Rejected) conversion).reasons().forEach(r -> reasons.add(entity.qualify(r)));
            }
        }
        return reasons.isEmpty() ? new Result.Accepted(statements) : new Result.Rejected(String.join("; ", reasons));
    }
}
