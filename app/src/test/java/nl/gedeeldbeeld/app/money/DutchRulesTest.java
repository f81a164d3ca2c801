package nl.gedeeldbeeld.app.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DutchRulesTest {
    private final DutchRules rules = new DutchRules();

    /** One sentence of each detector's shape, as analytics.money builds them (figures as its defaults might be). */
    private static final List<String> ENGLISH = List.of(
            "at least 5 distinct accounts pay one account within 7 ticks",
            "one account pays at least 5 distinct accounts within 7 ticks",
            "money returns to its account through 3-6 accounts in time order, each hop within 10 ticks and 20% of the amount before, from €1,000.00",
            "money returns to its account through 3-6 accounts in any order within 30 ticks, each hop within 20% of the first hop's amount, from €1,000.00",
            "one account receives from at least 3 accounts and pays at least 3 accounts within 14 ticks, paying out 80%-120% of what came in",
            "money passes along at least 4 hops, each account passing on 85%-100% of what it received within 5 ticks, from €5,000.00",
            "an account in one country receives domestic payments that an account in another country mirrors (within 5%, within 3 ticks) with domestic payments at least 3 times, from €2,500.00, without a transfer between the two",
            "money of at least €10,000.00 comes in and 90%-110% of it goes out again within 2 ticks, in at least 2 episode(s)",
            "one account pays at least 3 intermediaries within 7 ticks that each pass on the amount (within 10%) to one same account within 7 ticks",
            "at least 3 cash deposits between €8,000.00 and €9,999.99 (just below the reporting threshold) onto one account within 30 ticks");

    @Test
    void everyDetectorsRuleIsSaidInDutchWithItsFiguresAndNoEnglishLeft() {
        for (String english : ENGLISH) {
            String dutch = rules.rule(english);
            assertThat(dutch).as(english).isNotEqualTo(english)
                    .doesNotContain("ticks", "account", "within", "{").contains("dagen");
        }
    }

    @Test
    void amountsAreInDutchNotationAndFiguresLandInTheirPlace() {
        assertThat(rules.rule(ENGLISH.get(9))).isEqualTo(
                "minstens 3 contante stortingen tussen € 8.000,00 en € 9.999,99 (net onder de meldgrens) op één rekening binnen 30 dagen");
        assertThat(rules.rule(ENGLISH.get(7))).isEqualTo(
                "minstens € 10.000,00 komt binnen en 90% tot 110% daarvan gaat binnen 2 dagen weer uit, minstens 2 keer");
        assertThat(rules.rule(ENGLISH.get(1))).isEqualTo("één rekening betaalt binnen 7 dagen aan minstens 5 verschillende rekeningen");
    }

    @Test
    void aSentenceOfAnUnknownShapeIsShownAsItIs() {
        assertThat(rules.rule("a new rule nobody translated yet")).isEqualTo("a new rule nobody translated yet");
    }
}
