package nl.gedeeldbeeld.app.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import nl.gedeeldbeeld.analytics.money.AccountFeatures;
import nl.gedeeldbeeld.analytics.money.MoneyFlowModel;
import org.junit.jupiter.api.Test;

class DutchFeaturesTest {
    @Test
    void everyFeatureOfTheModelHasDutchWords() {
        assertThat(new HashSet<>(AccountFeatures.NAMES)).isEqualTo(DutchFeatures.known());
    }

    @Test
    void aCountIsSaidAsTheNumberOfTransfersAndAShareAsAPercentage() {
        assertThat(DutchFeatures.words(new MoneyFlowModel.Part("fan_in_window", Math.log1p(12), 0.8)))
                .isEqualTo("ontvangt van 12 tegenpartijen binnen 10 dagen");
        assertThat(DutchFeatures.words(new MoneyFlowModel.Part("forwarded_share", 0.75, 0.3)))
                .isEqualTo("75% van de ontvangsten binnen 10 dagen met ongeveer hetzelfde bedrag doorbetaald");
        assertThat(DutchFeatures.words(new MoneyFlowModel.Part("min_amount", Math.log(0.05), 0.3)))
                .isEqualTo("kleinste bedrag is 0,05 maal het gebruikelijke bedrag");
        assertThat(DutchFeatures.words(new MoneyFlowModel.Part("ring_member", 1, 0.3)))
                .isEqualTo("ligt op een kring van gelijke bedragen (3 tot 10 stappen)");
    }

    @Test
    void aFeatureWithoutWordsIsNamedByItsIdRatherThanHidden() {
        assertThat(DutchFeatures.words(new MoneyFlowModel.Part("new_feature", 1.5, 0.1))).isEqualTo("new_feature = 1,5");
    }
}
