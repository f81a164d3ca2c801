package nl.gedeeldbeeld.analytics.view;

import static nl.gedeeldbeeld.analytics.view.Entities.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gedeeldbeeld.analytics.money.TransactionGraph;
import nl.gedeeldbeeld.analytics.ownership.BeneficialOwner;
import nl.gedeeldbeeld.analytics.ownership.UboReport;
import nl.gedeeldbeeld.analytics.ownership.UltimateBeneficialOwners;
import nl.gedeeldbeeld.model.entity.EntityView;
import org.junit.jupiter.api.Test;

class MoneyAndOwnershipViewsTest {

    private static List<EntityView> payments() {
        return List.of(
                entity("a1", "BankAccount", "fiod", Map.of("iban", "NL91ABNA0417164300", "bankName", "ABN AMRO")),
                entity("a2", "BankAccount", "fiod", Map.of("iban", "NL20INGB0001234567")),
                entity("pay1", "Payment", "fiod", Map.of("payerAccount", "a1", "beneficiaryAccount", "a2",
                        "amount", "9000.50", "currency", "EUR", "date", "2023-03-01")),
                entity("pay2", "Payment", "fiod", Map.of("payer", "p1", "beneficiaryAccount", "a2", "amount", "9900",
                        "date", "2023-03-02")),
                entity("pay3", "Payment", "fiod", Map.of("payerAccount", "a1", "beneficiaryAccount", "a2",
                        "amount", "100", "currency", "USD", "date", "2023-03-03")),
                entity("pay4", "Payment", "fiod", Map.of("payerAccount", "a1", "beneficiaryAccount", "a2",
                        "amount", "100")));
    }

    @Test
    void paymentsBecomeTransfersBetweenIbansAndCashDepositsAndTheRestIsCounted() {
        TransactionViewBuilder b = new TransactionViewBuilder(Optional.empty(), Optional.empty());
        payments().forEach(b::add);
        TransactionViewBuilder.TransactionView view = b.build();
        TransactionGraph g = view.graph();

        assertThat(g.transactionCount()).isEqualTo(2);
        int transfer = g.transactionId(0).equals("pay1") ? 0 : 1;
        assertThat(g.label(g.from(transfer))).isEqualTo("NL91ABNA0417164300");
        assertThat(g.cents(transfer)).isEqualTo(900_050);
        assertThat(g.time(transfer)).isEqualTo((int) LocalDate.of(2023, 3, 1).toEpochDay());
        assertThat(g.isCashDeposit(1 - transfer)).isTrue();
        assertThat(view.accountCaptions()).containsEntry("NL91ABNA0417164300", "NL91ABNA0417164300 (ABN AMRO)");
        assertThat(view.notes()).containsExactlyInAnyOrder("1 betalingen zonder datum niet meegenomen",
                "1 betalingen in een andere valuta dan euro niet meegenomen");
    }

    @Test
    void aTimeWindowLeavesOutLaterPayments() {
        TransactionViewBuilder b = new TransactionViewBuilder(Optional.empty(), Optional.of(LocalDate.of(2023, 3, 1)));
        payments().forEach(b::add);
        assertThat(b.build().graph().transactionCount()).isEqualTo(1);
        assertThat(TransactionViewBuilder.cents("12,34")).contains(1234L);
        assertThat(TransactionViewBuilder.cents("-5")).isEmpty();
        assertThat(TransactionViewBuilder.cents("veel")).isEmpty();
    }

    /** p1 owns 60% of c1, c1 owns 50% of c2: p1 ultimately owns 30% of c2, above the 25% threshold. */
    @Test
    void ownershipStatementsGiveTheUltimateOwnerThroughAChain() {
        OwnershipViewBuilder b = new OwnershipViewBuilder();
        List.of(entity("p1", "Person", "kvk", Map.of("name", "Jan Jansen")),
                entity("c1", "Company", "kvk", Map.of("name", "Holding BV", "addressEntity", "adr1",
                        "incorporationDate", "2020-01-01")),
                entity("c2", "Company", "kvk", Map.of("name", "Werk BV", "addressEntity", "adr1")),
                entity("f1", "Company", "kvk", Map.of("name", "Offshore Ltd", "jurisdiction", "cy")),
                entity("o1", "Ownership", "kvk", Map.of("owner", "p1", "asset", "c1", "percentage", "60")),
                entity("o2", "Ownership", "kvk", Map.of("owner", "c1", "asset", "c2", "percentage", "50")),
                entity("o3", "Ownership", "kvk", Map.of("owner", "f1", "asset", "c2", "percentage", "50")),
                entity("d1", "Directorship", "kvk", Map.of("director", "p1", "organization", "c2")))
                .forEach(b::add);
        OwnershipViewBuilder.OwnershipView view = b.build();

        UboReport report = new UltimateBeneficialOwners(view.graph()).forCompany("c2");
        assertThat(report.owners()).extracting(BeneficialOwner::person).containsExactly("p1");
        assertThat(report.owners().get(0).share().getAsDouble()).isCloseTo(0.30, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.unresolved()).isNotEmpty(); // the foreign half ends the chain
        assertThat(view.companies()).extracting(c -> c.id()).containsExactly("c1", "c2");
        assertThat(view.captions()).containsEntry("c2", "Werk BV");
    }
}
