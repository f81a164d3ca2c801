package nl.gedeeldbeeld.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.provenance.Reliability;
import nl.gedeeldbeeld.model.statement.Statement;
import nl.gedeeldbeeld.store.Fixtures;
import org.junit.jupiter.api.Test;

/** The byte encoder the COPY path uses must write exactly what the plain String reference writes. */
class CopyTextEncoderTest {

    @Test
    void encodesLikeTheReference() {
        Provenance shared = new Provenance("fiod-zaak", "FIOD", "WPG_ART8", Reliability.parse("A2"),
                Instant.parse("2025-01-10T09:00:00.123456789Z"), LocalDate.of(2030, 1, 1), "run-1#3");
        Provenance odd = new Provenance("d_x", "pärtner\\ \t", "WPG\nART", Reliability.parse("F6"),
                Instant.parse("2024-02-29T23:59:59Z"), LocalDate.of(2031, 12, 31), "run\r#4");
        List<Statement> statements = new ArrayList<>();
        String[] values = {"plain", "tab\there", "back\\slash", "new\nline\r\n", "Ærø café", "emoji \uD83D\uDE00 end",
                "\\N", "", "mixed ß\t\\ \"quoted\"\nnext"};
        Instant t1 = Instant.parse("2025-03-01T10:00:00.000001Z");
        for (String value : values) {
            for (Provenance p : List.of(shared, odd)) {
                String entity = Fixtures.entity(p.dataset(), "E" + statements.size());
                statements.add(new Statement(Statement.makeId(p.dataset(), entity, "name", value), entity, "Person", "name",
                        value, value, p, Fixtures.T0, t1));
                statements.add(new Statement(Statement.makeId(p.dataset(), entity, "notes", value), entity, "Person",
                        "notes", value, "orig " + value, p, t1, t1));
            }
        }
        statements.add(Fixtures.statement("politie-bvh", "P1", "Person", "notes", "Waarneming: ".repeat(10_000)));

        CopyTextEncoder encoder = new CopyTextEncoder();
        for (Statement s : statements) {
            encoder.row(s);
        }

        byte[] expected = PostgresCopyStatementWriter.copyText(statements).getBytes(StandardCharsets.UTF_8);
        assertThat(new String(Arrays.copyOf(encoder.bytes(), encoder.length()), StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(Arrays.copyOf(encoder.bytes(), encoder.length())).isEqualTo(expected);
    }

    @Test
    void resetStartsAnEmptyChunk() {
        CopyTextEncoder encoder = new CopyTextEncoder();
        Statement s = Fixtures.statement("politie-bvh", "P1", "Person", "name", "Jan");
        encoder.row(s);
        encoder.reset();
        encoder.row(s);

        assertThat(new String(Arrays.copyOf(encoder.bytes(), encoder.length()), StandardCharsets.UTF_8))
                .isEqualTo(PostgresCopyStatementWriter.copyText(List.of(s)));
    }
}
