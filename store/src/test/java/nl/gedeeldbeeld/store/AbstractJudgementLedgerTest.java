package nl.gedeeldbeeld.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.gedeeldbeeld.model.resolution.Judgement;
import nl.gedeeldbeeld.model.resolution.JudgementLedger;
import nl.gedeeldbeeld.model.resolution.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The judgement ledger of entity resolution, run against every database the store supports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJudgementLedgerTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2025-03-02T10:00:00Z");

    private TestDatabases.Opened database;
    private JudgementLedger ledger;

    protected abstract TestDatabases.Opened openDatabase() throws Exception;

    @BeforeAll
    void open() throws Exception {
        database = openDatabase();
        ledger = database.store().judgements();
    }

    @AfterAll
    void close() throws Exception {
        database.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = database.store().dataSource().getConnection(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM resolution_judgements");
        }
    }

    @Test
    void judgementsComeBackAsMadeInTheOrderTheyWereMadeWithAMissingScoreAsNaN() {
        Judgement model = Judgement.of("politie-bvh.P1", "fiod.F9", Verdict.UNSURE, "model:fellegi-sunter", false, T0, 0.61,
                Optional.empty());
        Judgement human = Judgement.of("politie-bvh.P1", "fiod.F9", Verdict.NO_MATCH, "analist-politie", true, T1, Double.NaN,
                Optional.of("andere geboortedatum in het paspoort"));

        ledger.append(List.of(model));
        ledger.append(List.of(human));

        assertThat(ledger.all()).hasSize(2);
        assertThat(ledger.all().get(0)).isEqualTo(model);
        Judgement back = ledger.all().get(1);
        assertThat(back.verdict()).isEqualTo(Verdict.NO_MATCH);
        assertThat(back.score()).isNaN();
        assertThat(back.reason()).contains("andere geboortedatum in het paspoort");
        assertThat(back.at()).isEqualTo(T1);
    }

    @Test
    void theJudgementsNamingARecordAreFoundFromEitherSideOfThePairAcrossManyIds() {
        List<Judgement> many = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            many.add(Judgement.of("a." + i, "b." + i, Verdict.MATCH, "model:fellegi-sunter", false, T0, 0.99, Optional.empty()));
        }
        many.add(Judgement.of("a.7", "b.8", Verdict.UNSURE, "model:fellegi-sunter", false, T0, 0.5, Optional.empty()));
        ledger.append(many);

        assertThat(ledger.naming(List.of("b.8"))).extracting(Judgement::pairKey).containsExactly("a.8|b.8", "a.7|b.8");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            ids.add("a." + i);
        }
        ids.add("b.8");
        List<Judgement> found = ledger.naming(ids);
        assertThat(found).hasSize(1201);
        assertThat(found.get(found.size() - 1).pairKey()).isEqualTo("a.7|b.8");
    }

    @Test
    void anEmptyAppendOrLookupTouchesNothing() {
        ledger.append(List.of());
        assertThat(ledger.all()).isEmpty();
        assertThat(ledger.naming(List.of())).isEmpty();
    }
}
