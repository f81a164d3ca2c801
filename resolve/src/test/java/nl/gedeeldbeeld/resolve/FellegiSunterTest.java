package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FellegiSunterTest {

    @Test
    void closerAgreementIsNeverWeakerEvidenceLevelsThatSayOtherwiseArePooled() {
        double[] m = {0.5, 0.1, 0.4};
        double[] u = {0.4, 0.2, 0.4}; // m/u = 1.25, 0.5, 1.0: disagreement would count as more evidence than a near match

        FellegiSunter.monotone(m, u);

        assertThat(m[0]).isCloseTo(0.4, within(1e-12)); // levels 0 and 1 pooled: m/u = 0.6/0.6 = 1.0
        assertThat(m[1]).isCloseTo(0.2, within(1e-12));
        assertThat(m[2]).isCloseTo(0.4, within(1e-12));
        assertThat(m[0] + m[1] + m[2]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void anOrderedFeatureIsLeftAlone() {
        double[] m = {0.05, 0.15, 0.8};
        double[] u = {0.9, 0.08, 0.02};

        FellegiSunter.monotone(m, u);

        assertThat(m).containsExactly(0.05, 0.15, 0.8);
    }
}
