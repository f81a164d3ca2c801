package nl.gedeeldbeeld.app.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreTextTest {

    @Test
    void aScoreIsShownInDutchNotationWithThreeDecimals() {
        assertThat(MoneyPageController.scoreText(0.4690408706665039)).isEqualTo("0,469");
        assertThat(MoneyPageController.scoreText(0.05)).isEqualTo("0,050");
    }

    @Test
    void aScoreJustBelowOneIsNeverShownAsCertainty() {
        assertThat(MoneyPageController.scoreText(0.9999172687530518)).isEqualTo("0,999");
        assertThat(MoneyPageController.scoreText(1.0)).isEqualTo("1,000");
    }
}
