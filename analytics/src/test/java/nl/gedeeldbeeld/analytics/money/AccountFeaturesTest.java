package nl.gedeeldbeeld.analytics.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AccountFeaturesTest {
    private static double f(AccountFeatures features, TransactionGraph g, String account, String name) {
        return features.row(g.account(account).orElseThrow())[AccountFeatures.NAMES.indexOf(name)];
    }

    @Test
    void aRingOfEqualAmountsBookedOutOfOrderMakesEveryMemberARingMemberAndTheirPeersNeighbours() {
        // ring a -> b -> c -> a of 10.00 at steps 5, 1, 9; d pays a 300.00 twice
        Graphs w = new Graphs().payCents("a", "b", 1000, 5).payCents("b", "c", 1000, 1).payCents("c", "a", 1000, 9)
                .payCents("d", "a", 30_000, 2).payCents("d", "a", 30_000, 3);
        TransactionGraph g = w.build();
        AccountFeatures features = new AccountFeatures(g);
        for (String member : new String[] {"a", "b", "c"}) {
            assertThat(f(features, g, member, "ring_member")).isEqualTo(1.0);
            assertThat(f(features, g, member, "three_cycles")).isEqualTo(Math.log1p(1));
        }
        assertThat(f(features, g, "d", "ring_member")).isZero();
        assertThat(f(features, g, "d", "nb_ring_members")).isEqualTo(Math.log1p(1));
        // b receives 10.00 and pays 10.00: every receipt passed on
        assertThat(f(features, g, "b", "passed_on_share")).isEqualTo(1.0);
    }

    @Test
    void repeatedIdenticalTransfersInOneStepAndLowAmountsAreCounted() {
        // the median of the five amounts is 300.00; 12.00 is below a tenth of it
        Graphs w = new Graphs().payCents("x", "y", 1200, 7).payCents("x", "y", 1200, 7).payCents("x", "y", 1200, 7)
                .payCents("z", "y", 30_000, 1).payCents("z", "y", 30_000, 8).payCents("q", "z", 40_000, 8);
        TransactionGraph g = w.build();
        AccountFeatures features = new AccountFeatures(g);
        assertThat(features.medianCents()).isEqualTo(30_000);
        assertThat(f(features, g, "y", "burst_in")).isEqualTo(3);
        assertThat(f(features, g, "x", "burst_out")).isEqualTo(3);
        assertThat(f(features, g, "y", "low_in_share")).isCloseTo(0.6, within(1e-12));
        assertThat(f(features, g, "x", "min_amount")).isCloseTo(Math.log(0.04), within(1e-12));
        assertThat(f(features, g, "y", "fan_in_window")).isEqualTo(Math.log1p(2));
        assertThat(f(features, g, "z", "nb_low_accounts")).isEqualTo(Math.log1p(1));
    }

    @Test
    void windowsOfOtherWidthsForwardingInTimeAndLowAmountsTwoStepsAwayAreCounted() {
        // m receives 100.00 from three payers at steps 1, 2 and 30 and pays 99.00 on to n at step 5;
        // n pays 300.00 to o; o pays 5.00 (low against the median) to p, two steps from m
        Graphs w = new Graphs().payCents("a", "m", 10_000, 1).payCents("b", "m", 10_000, 2).payCents("c", "m", 10_000, 30)
                .payCents("m", "n", 9_900, 5).payCents("n", "o", 30_000, 6).payCents("o", "p", 500, 7)
                .payCents("q", "r", 30_000, 8).payCents("q", "r", 30_000, 9);
        TransactionGraph g = w.build();
        AccountFeatures features = new AccountFeatures(g);
        assertThat(f(features, g, "m", "fan_in_short")).isEqualTo(Math.log1p(2));
        assertThat(f(features, g, "m", "fan_in_window")).isEqualTo(Math.log1p(2));
        assertThat(f(features, g, "m", "fan_in_long")).isEqualTo(Math.log1p(3));
        // steps 1, 2, 5 fall within ten ticks; 30 does not
        assertThat(f(features, g, "m", "busiest_window")).isEqualTo(Math.log1p(3));
        // the receipts of step 1 and 2 are followed within ten ticks by a payment within 10% of them; step 30's is not
        assertThat(f(features, g, "m", "forwarded_share")).isCloseTo(2.0 / 3, within(1e-12));
        // two steps from n: m's payers a, b, c and o's payee p; only p moves a low amount
        assertThat(f(features, g, "n", "nb2_low_accounts")).isEqualTo(Math.log1p(1));
        assertThat(f(features, g, "n", "nb2_low_share")).isCloseTo(0.25, within(1e-12));
        // o is n's only counterparty with a low amount: one of n's two transfers is with it
        assertThat(f(features, g, "n", "nb_low_tx_share")).isCloseTo(0.5, within(1e-12));
        // two steps from a: b, c and n, none of which moves a low amount
        assertThat(f(features, g, "a", "nb2_low_accounts")).isZero();
    }
}
