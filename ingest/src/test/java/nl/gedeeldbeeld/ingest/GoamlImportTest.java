package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.gedeeldbeeld.model.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** goAML XML as FIU-Nederland receives it, into statements under the Wwft regime. */
class GoamlImportTest {
    static final String DATASET = "fiu-meldingen";

    @TempDir
    Path dir;

    private final FakeStatementStore store = new FakeStatementStore();

    static Path fixture() {
        try {
            return Path.of(GoamlImportTest.class.getResource("/goaml/fiu-meldingen.xml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportRequest.Builder fiu(Path file) {
        return ImportRequest.builder(DATASET, "FIU", "WWFT").reliability("B2").file(file);
    }

    private ImportReport importFixture() {
        Path file = copy(fixture(), "fiu-meldingen.xml");
        return importer(store).importFile(fiu(file).build(), file, ProgressListener.NONE);
    }

    private Path copy(Path from, String name) {
        try {
            return Files.copy(from, dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.List<String> values(String sourceId, String property) {
        return store.values(DATASET, sourceId, property);
    }

    private static String id(String sourceId) {
        return FakeStatementStore.IDS.id(DATASET, sourceId);
    }

    @Test
    void twoGoodReportsImportAndTheBadOneIsQuarantinedWithReportIndexLineAndEveryReason() {
        ImportReport report = importFixture();

        assertThat(report.recordsRead()).isEqualTo(3);
        assertThat(report.recordsQuarantined()).isEqualTo(1);
        // Report 2 starts on line 124 of the fixture; its one transaction fails twice.
        assertThat(report.problems()).containsExactly("fiu-meldingen.xml: line 124: report 2: transaction 1 has no "
                + "transactionnumber; transaction 1: amount_local '12.500,00' is not a decimal number such as 1250.00 "
                + "(goAML writes a point before the cents and no thousands separator)");
        assertThat(values("goaml-report:1001:OT-2024-000102", "id")).isEmpty();
        assertThat(store.quarantine(Optional.empty(), false)).singleElement().satisfies(q -> {
            assertThat(q.sourceFile()).isEqualTo("fiu-meldingen.xml");
            assertThat(q.recordNumber()).isEqualTo(124);
            assertThat(q.rawRecord()).startsWith("<report>\n  <rentity_id>1001</rentity_id>").contains("<amount_local>12.500,00</amount_local>");
        });
    }

    @Test
    void eachTransactionIsAPaymentBetweenAccountsAndParties() {
        importFixture();

        String tx1 = "goaml-tx:1001:TX-0001";
        assertThat(values(tx1, "amount")).containsExactly("9800");
        assertThat(values(tx1, "currency")).containsExactly("EUR");
        assertThat(values(tx1, "date")).containsExactly("2024-03-01T10:15:00");
        assertThat(values(tx1, "transactionNumber")).containsExactly("TX-0001");
        assertThat(values(tx1, "purpose")).containsExactly("Storting contant geld");
        assertThat(values(tx1, "description")).containsExactly(
                "Contante stortingen net onder 10.000 euro, direct doorgeboekt naar het buitenland.");
        assertThat(values(tx1, "recordId")).containsExactly("KAS-88123");
        assertThat(values(tx1, "summary")).containsExactly("transmode_code A");
        // Cash from a person into a company's account: a payer, no payer account.
        assertThat(values(tx1, "payer")).containsExactly(id("goaml-person:ssn:123456782"));
        assertThat(values(tx1, "payerAccount")).isEmpty();
        assertThat(values(tx1, "beneficiaryAccount")).containsExactly(id("iban:NL02ABNA0123456789"));
        assertThat(values(tx1, "beneficiary")).containsExactly(id("goaml-entity:nl:12345678"));

        // The second transaction leaves the same account (named by account number only: it is an IBAN).
        String tx2 = "goaml-tx:1001:TX-0002";
        assertThat(values(tx2, "amount")).containsExactly("9750");
        assertThat(values(tx2, "payerAccount")).containsExactly(id("iban:NL02ABNA0123456789"));
        assertThat(values(tx2, "payer")).isEmpty();
        assertThat(values(tx2, "beneficiaryAccount")).containsExactly(id("iban:DE89370400440532013000"));
    }

    @Test
    void accountsPersonsAndCompaniesCarryWhatTheReportSaysOfThem() {
        importFixture();

        String account = "iban:NL02ABNA0123456789";
        assertThat(values(account, "iban")).containsExactly("NL02ABNA0123456789");
        assertThat(values(account, "bankName")).containsExactly("ABN AMRO Bank N.V.");
        assertThat(values(account, "bic")).containsExactly("ABNANL2A");
        assertThat(values(account, "name")).containsExactly("Waalhaven Logistiek B.V.");
        assertThat(values("iban:DE89370400440532013000", "bic")).containsExactly("COBADEFF"); // XXX: no branch

        // One person, named in two reports of two banks by the same BSN, is one entity.
        String jan = "goaml-person:ssn:123456782";
        assertThat(values(jan, "name")).containsExactly("Jan de Vries");
        assertThat(values(jan, "lastName")).containsExactly("de Vries");
        assertThat(values(jan, "birthDate")).containsExactly("1975-04-23");
        assertThat(values(jan, "gender")).containsExactly("male");
        assertThat(values(jan, "phone")).containsExactly("+31612345678");
        assertThat(values(jan, "address")).hasSize(1).first().asString().contains("Pleinweg 12", "Rotterdam");
        assertThat(values(jan, "paymentBeneficiary")).isEmpty(); // reverse properties are FtM's to infer, not stated

        String company = "goaml-entity:nl:12345678";
        assertThat(store.statementsOf(id(company))).extracting(Statement::schema).containsOnly("Company");
        assertThat(values(company, "kvkNumber")).containsExactly("12345678");
        assertThat(values(company, "sector")).containsExactly("Opslag en transport");
        String stichting = "goaml-entity:nl:87654321";
        assertThat(store.statementsOf(id(stichting))).extracting(Statement::schema).containsOnly("Organization");
        assertThat(values("goaml-tx:2002:9000117", "payer")).containsExactly(id(stichting));
        assertThat(values("goaml-tx:2002:9000117", "beneficiary")).containsExactly(id(jan));

        // The account's holder and its signatory own it; the cash depositor (conductor) is known to the report.
        String holder = account + ":owner:" + company;
        assertThat(values(holder, "owner")).containsExactly(id(company));
        assertThat(values(holder, "asset")).containsExactly(id(account));
        assertThat(values(holder, "role")).containsExactly("account holder");
        assertThat(values(account + ":owner:" + jan, "role")).containsExactly("signatory (primary)");
        // The bank's own compliance officer (reporting_person) is not a subject of the report.
        assertThat(store.streamAll().filter(s -> s.property().equals("name")).map(Statement::value))
                .noneMatch(v -> v.contains("Compliance"));
    }

    @Test
    void theReportIsANoteWithItsCodeIndicatorsReasonAndPayments() {
        importFixture();

        String note = "goaml-report:1001:OT-2024-000101";
        assertThat(values(note, "name")).containsExactly("UTR OT-2024-000101");
        assertThat(values(note, "publisher")).containsExactly("1001 / Rotterdam");
        assertThat(values(note, "keywords")).containsExactly("UTR", "SUBJ-001", "OBJ-CASH-10K");
        assertThat(values(note, "createdAt")).containsExactly("2024-03-05T09:12:00");
        assertThat(values(note, "summary")).containsExactly("Relatie onder verscherpt toezicht geplaatst.");
        String conductor = "goaml-report:1001:OT-2024-000101:person:sem bakker|2001-07-14";
        assertThat(values(note, "entity")).containsExactly(id("goaml-tx:1001:TX-0001"), id("goaml-tx:1001:TX-0002"),
                id(conductor));
        assertThat(values(conductor, "name")).containsExactly("Sem Bakker");
    }

    @Test
    void everyStatementCarriesTheWwftRegimeFiuAsPartnerAndTheSubmissionAsItsCollectedDate() {
        importFixture();

        assertThat(store.streamAll()).allSatisfy(s -> {
            assertThat(s.provenance().regime()).isEqualTo("WWFT");
            assertThat(s.provenance().partner()).isEqualTo("FIU");
            assertThat(s.provenance().dataset()).isEqualTo(DATASET);
            assertThat(s.provenance().reliability().code()).isEqualTo("B2");
        });
        // Submitted 2024-03-05T09:12 Amsterdam time (CET, UTC+1); kept five years, the Wwft regime's retention.
        assertThat(store.statementsOf(id("goaml-tx:1001:TX-0001"))).allSatisfy(s -> {
            assertThat(s.provenance().collectedAt()).isEqualTo(Instant.parse("2024-03-05T08:12:00Z"));
            assertThat(s.provenance().retainUntil()).isEqualTo(LocalDate.of(2029, 3, 5));
        });
    }
}
