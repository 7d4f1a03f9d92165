package org.protomodels.pvalues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.protomodels.testing.Assertions2.assertRelClose;

import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

class GlobalPValueTest {
    @Test
    void of_handComputedFourFakes() {
        // K_fake = {0, 1, 2, 3}: mean 1.5, sd = sqrt(5/3), h = sd * 4^(-1/5); K_obs = 2.5 -> empirical 1/4
        double[] k = {3, 0, 2, 1};
        GlobalPValue p = GlobalPValue.of(2.5, k);
        double h = Math.sqrt(5.0 / 3) * Math.pow(4, -0.2);
        assertRelClose(h, p.bandwidth(), 1e-14, "Scott bandwidth by hand");
        assertEquals(0.25, p.empirical());
        var n = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1);
        double kde = (n.survivalProbability(2.5 / h) + n.survivalProbability(1.5 / h) + n.survivalProbability(0.5 / h)
                + n.survivalProbability(-0.5 / h)) / 4;
        assertRelClose(kde, p.kde(), 1e-14, "KDE tail integral by hand");
    }

    @Test
    void of_largeGaussianSample_kdeTailMatchesNormalTail() {
        var g = ZigguratSampler.NormalizedGaussian.of(RandomSource.XO_RO_SHI_RO_128_PP.create(3L));
        double[] k = new double[20_000];
        for (int i = 0; i < k.length; i++) {
            k[i] = 2 + 3 * g.sample();
        }
        GlobalPValue p = GlobalPValue.of(5, k);
        // true tail P(K >= 5) = 1 - Phi(1) = 0.158655; KDE broadens by (1 + n^-0.4)^(1/2), about 0.1 % here
        assertAbsClose(0.158655, p.kde(), 4 * p.kdeError() + 2e-3, "KDE p vs normal tail, 4 MC errors + bandwidth bias");
        assertAbsClose(0.158655, p.empirical(), 4 * p.empiricalError(), "empirical p vs normal tail, 4 MC errors");
    }

    @Test
    void of_badInputs_refused() {
        assertThrows(IllegalArgumentException.class, () -> GlobalPValue.of(1, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> GlobalPValue.of(1, new double[] {1, Double.NaN}));
    }
}
