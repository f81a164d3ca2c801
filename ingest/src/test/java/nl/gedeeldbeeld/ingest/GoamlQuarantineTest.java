package nl.gedeeldbeeld.ingest;

import static nl.gedeeldbeeld.ingest.GoamlImportTest.DATASET;
import static nl.gedeeldbeeld.ingest.GoamlImportTest.fiu;
import static nl.gedeeldbeeld.ingest.TestSupport.importer;
import static nl.gedeeldbeeld.ingest.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.statement.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad goAML reports are quarantined with report index, line and reason; the rest of the file imports. */
class GoamlQuarantineTest {
    @TempDir
    Path dir;

    private final FakeStatementStore store = new FakeStatementStore();

    /** A good one-transaction report on nine lines: {@code <report>} on its first, {@code <amount_local>} on its fourth. */
    static String report(String number, String transactionBody) {
        return """
                <report><rentity_id>1001</rentity_id><submission_code>E</submission_code><report_code>UTR</report_code>
                <entity_reference>REF-%s</entity_reference><submission_date>2024-03-05T09:12:00</submission_date>
                <currency_code_local>EUR</currency_code_local><reason>Ongebruikelijk</reason>
                <transaction>%s
                </transaction>
                <report_indicators><indicator>SUBJ-001</indicator></report_indicators>
                </report>
                """.formatted(number, transactionBody);
    }

    static String transaction(String number, String amount, String date) {
        return """
                <transactionnumber>%s</transactionnumber><date_transaction>%s</date_transaction><amount_local>%s</amount_local>
                <t_from><from_account><account>NL02ABNA0123456789</account></from_account></t_from>
                <t_to><to_account><iban>NL20INGB0001234567</iban></to_account></t_to>""".formatted(number, date, amount);
    }

    static String good(String number) {
        return report(number, transaction(number, "100.00", "2024-03-01T10:00:00"));
    }

    private ImportReport importXml(String name, String xml, int batchSize) {
        Path file = write(dir, name, xml);
        return importer(store).importFile(fiu(file).batchSize(batchSize).build(), file, ProgressListener.NONE);
    }

    private static String reports(String... reports) {
        return "<?xml version=\"1.0\"?>\n<reports>\n" + String.join("", reports) + "</reports>\n";
    }

    @Test
    void anUnknownReportCodeAnUnparseableDateAndATransactionWithoutPayeeAreEachQuarantinedAndTheGoodReportsCommit() {
        String unknownCode = good("T2").replace("<report_code>UTR</report_code>", "<report_code>XYZ</report_code>");
        String badDate = report("T3", transaction("T3", "100.00", "01-03-2024"));
        String noPayee = report("T4", transaction("T4", "100.00", "2024-03-01").replaceAll("<t_to>.*</t_to>", ""));
        // Lines: the prolog and <reports> take 2; each report takes 7 (its transaction body 3 more).
        ImportReport report = importXml("meldingen.xml", reports(good("T1"), unknownCode, badDate, noPayee, good("T5")), 100);

        assertThat(report.recordsRead()).isEqualTo(5);
        assertThat(report.problems()).containsExactly(
                "meldingen.xml: line 12: report 2: unknown report_code 'XYZ'; known codes: AIF, AIFT, CTR, EFT, IFT, SAR, STR, UTR",
                "meldingen.xml: line 21: report 3: transaction 1 (T3): date_transaction '01-03-2024' is not a date-time "
                        + "such as 2024-03-01T14:30:00",
                "meldingen.xml: line 30: report 4: transaction 1 (T4) has no t_to or t_to_my_client (who was paid)");
        assertThat(store.values(DATASET, "goaml-tx:1001:T1", "amount")).containsExactly("100");
        assertThat(store.values(DATASET, "goaml-tx:1001:T5", "amount")).containsExactly("100");
        assertThat(store.values(DATASET, "goaml-tx:1001:T2", "id")).isEmpty();
        assertThat(store.values(DATASET, "goaml-tx:1001:T3", "id")).isEmpty();
        assertThat(store.values(DATASET, "goaml-tx:1001:T4", "id")).isEmpty();
        assertThat(store.quarantine(Optional.of(DATASET), false)).hasSize(3);
    }

    @Test
    @DisplayName("rule 4: an invalid IBAN in a report is kept as text, named by the entity it is in, and the report lands")
    void anInvalidValueIsKeptAsTextNamedByTheEntityItIsInAndTheReportLands() {
        String badIban = good("T1").replace("NL20INGB0001234567", "NL20INGB0001234568");

        ImportReport report = importXml("iban.xml", reports(badIban, good("T2")), 10);

        assertThat(report.problems()).containsExactly("iban.xml: line 3: report 1: transaction T1 to_account.iban "
                + "'NL20INGB0001234568': IBAN 'NL20INGB0001234568' fails its checksum (mod 97); check for a typing error; "
                + "kept as text, not normalised");
        assertThat(report.recordsQuarantined()).isZero();
        assertThat(store.values(DATASET, "goaml-tx:1001:T1", "amount")).containsExactly("100");
        assertThat(store.values(DATASET, "goaml-tx:1001:T2", "amount")).containsExactly("100");
    }

    @Test
    void aTransactionWithoutPayerSideOrWithAnEmptyOneIsQuarantined() {
        String noFrom = report("T1", transaction("T1", "1.00", "2024-03-01").replaceAll("<t_from>.*</t_from>", ""));
        String emptyFrom = report("T2", transaction("T2", "1.00", "2024-03-01")
                .replaceAll("<t_from>.*</t_from>", "<t_from><from_country>NL</from_country></t_from>"));

        ImportReport report = importXml("from.xml", reports(noFrom, emptyFrom), 10);

        assertThat(report.problems()).containsExactly(
                "from.xml: line 3: report 1: transaction 1 (T1) has no t_from or t_from_my_client (who paid)",
                "from.xml: line 12: report 2: transaction T2 t_from has none of from_account, from_person, from_entity");
    }

    @Test
    void aWellFormedReportThatIsNotGoamlShapedIsQuarantinedAndTheNextReportIsRead() {
        String nested = good("T1").replace("<amount_local>100.00</amount_local>",
                "<amount_local><value>100.00</value></amount_local>");
        String twice = good("T2").replace("<amount_local>100.00</amount_local>",
                "<amount_local>100.00</amount_local><amount_local>200.00</amount_local>");

        ImportReport report = importXml("vorm.xml", reports(nested, twice, "<melding>geen goAML</melding>\n", good("T3")), 10);

        assertThat(report.problems()).containsExactly(
                "vorm.xml: line 3: report 1: transaction 1 (T1): <amount_local> (line 6) holds elements where a value "
                        + "belongs; transaction 1 (T1) has no amount_local",
                "vorm.xml: line 12: report 2: transaction 1 (T2): <amount_local> appears 2 times; one is expected; "
                        + "transaction 1 (T2) has no amount_local",
                "vorm.xml: line 21: report 3: expected a <report> element, found <melding>");
        assertThat(store.values(DATASET, "goaml-tx:1001:T3", "amount")).containsExactly("100");
    }

    @Test
    void xmlThatBreaksTheStreamKeepsTheReportsBeforeItAndSaysWhereItBroke() {
        String broken = good("T3").replace("<amount_local>100.00</amount_local>", "<amount_local>100.00</amount>");

        ImportReport report = importXml("kapot.xml", reports(good("T1"), good("T2"), broken, good("T4")), 10);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.recordsRead()).isEqualTo(3);
        assertThat(report.problems()).singleElement().asString().startsWith(
                "kapot.xml: line 21: report 3: malformed XML at line 24, column ")
                .contains("The element type \"amount_local\" must be terminated by the matching end-tag").endsWith("; nothing after this point could be read");
        assertThat(store.values(DATASET, "goaml-tx:1001:T1", "amount")).containsExactly("100");
        assertThat(store.values(DATASET, "goaml-tx:1001:T2", "amount")).containsExactly("100");
        assertThat(store.values(DATASET, "goaml-tx:1001:T4", "id")).isEmpty();
        assertThat(store.quarantine(Optional.empty(), false)).singleElement()
                .satisfies(q -> assertThat(q.rawRecord()).contains("<transactionnumber>T3</transactionnumber>"));
    }

    @Test
    void aFileCutOffAfterItsLastReportKeepsItsReportsAndSaysTheEndIsMissing() {
        String xml = reports(good("T1"), good("T2"));
        ImportReport report = importXml("afgebroken.xml", xml.substring(0, xml.indexOf("</reports>")), 10);

        assertThat(report.recordsQuarantined()).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString().isEqualTo("afgebroken.xml: line 21: malformed XML at line 21, column 1 (after report 2): XML document "
                + "structures must start and end within the same entity; nothing after this point could be read");
        assertThat(store.values(DATASET, "goaml-tx:1001:T2", "amount")).containsExactly("100");
    }

    @Test
    void anXxePayloadIsRefusedBeforeAnythingIsReadAndTheFileItNamesAppearsNowhere() throws Exception {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), "GEHEIM-WACHTWOORD");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE reports [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + reports(good("T1").replace("Ongebruikelijk", "&xxe;")).substring("<?xml version=\"1.0\"?>\n".length());
        Path file = write(dir, "xxe.xml", xxe);

        assertThatThrownBy(() -> importer(store).importFile(fiu(file).build(), file, ProgressListener.NONE))
                .isInstanceOf(UserInputException.class)
                .hasMessage("xxe.xml: line 2: the file declares a DTD (<!DOCTYPE …>); goAML files have none, and DTDs are "
                        + "refused because their entities can make a parser read other files or expand without bound");
        assertThat(store.runs()).isEmpty();
        assertThat(store.streamAll()).isEmpty();
        assertThat(store.quarantine(Optional.empty(), true)).isEmpty();
    }

    @Test
    void anEntityReferenceOutsideADtdIsMalformedXmlNotAValue() {
        ImportReport report = importXml("entiteit.xml", reports(good("T1").replace("Ongebruikelijk", "&xxe;"), good("T2")), 10);

        assertThat(report.problems()).singleElement().asString().startsWith("entiteit.xml: line 3: report 1: malformed XML")
                .contains("xxe");
        assertThat(store.streamAll().map(Statement::value)).isEmpty();
    }

    @Test
    void aFileThatIsNotXmlIsOneClearErrorAndLeavesNoRun() {
        Path file = write(dir, "tekst.xml", "dit is geen XML\n");

        assertThatThrownBy(() -> importer(store).importFile(fiu(file).build(), file, ProgressListener.NONE))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("tekst.xml: line 1: cannot be read as XML: ");
        assertThat(store.runs()).isEmpty();
    }

    @Test
    void aSingleReportFileThatBreaksIsOneQuarantinedRecord() {
        String broken = good("T1").replace("</report>", "</rapport>");

        ImportReport report = importXml("los-kapot.xml", "<?xml version=\"1.0\"?>\n" + broken, 10);

        assertThat(report.recordsRead()).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString()
                .startsWith("los-kapot.xml: line 2: report 1: malformed XML at line 10, column ")
                .contains("must be terminated by the matching end-tag \"</report>\"");
    }

    @Test
    void aSingleReportFileIsOneRecord() {
        ImportReport report = importXml("los.xml", "<?xml version=\"1.0\"?>\n" + good("T1"), 10);

        assertThat(report.recordsRead()).isEqualTo(1);
        assertThat(report.recordsQuarantined()).isZero();
        assertThat(store.values(DATASET, "goaml-tx:1001:T1", "amount")).containsExactly("100");
    }
}
