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
}
