package org.protomodels.pvalues;

import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.protomodels.testing.Assertions2.assertRelClose;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RegionPValueTest {
    @Test
    void of_specTestVectors_matchToStatedDigits() {
        // physics-spec 4.7: computed with scipy from the formula; stated to 4 significant digits
        assertRelClose(0.01062, RegionPValue.of(12, 5.5, 0.72), 5e-4, "spec 4.7 n=12 b=5.5+-0.72 p");
        assertAbsClose(2.304, RegionPValue.significance(RegionPValue.of(12, 5.5, 0.72)), 5e-4, "spec 4.7 n=12 Z");
        assertRelClose(0.5284, RegionPValue.of(1, 1.25, 0.26), 2e-4, "spec 4.7 n=1 b=1.25+-0.26");
        assertRelClose(0.4562, RegionPValue.of(1, 1.03, 0.18), 2e-4, "spec 4.7 n=1 b=1.03+-0.18");
    }

    @Test
    void of_zeroUncertainty_isPoissonMidP() {
        // n = 3, lambda = 2: P(N>3) + P(N=3)/2, exact from the Poisson pmf
        double pmf0 = Math.exp(-2);
        double cdf3 = pmf0 * (1 + 2 + 2 + 4.0 / 3);
        double pmf3 = pmf0 * 8 / 6;
        assertRelClose(1 - cdf3 + pmf3 / 2, RegionPValue.of(3, 2, 0), 1e-12, "Poisson mid-p, exact");
    }

    @Test
    void of_matchesMonteCarloOfTheSameModel() {
        // the reference's own estimator (spec 9.2): lambda ~ N(b, sigma) with negative draws discarded, N ~ Poisson
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(99L);
        double b = 3.0;
        double sigma = 1.5;
        int n = 6;
        var gauss = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), b, sigma);
        int toys = 400_000;
        double sum = 0;
        int kept = 0;
        while (kept < toys) {
            double lambda = gauss.sample();
            if (lambda <= 0) {
                continue;
            }
            int k = PoissonSampler.of(rng, lambda).sample();
            sum += k > n ? 1 : k == n ? 0.5 : 0;
            kept++;
        }
        double mc = sum / toys;
        double se = Math.sqrt(mc * (1 - mc) / toys);
        assertAbsClose(mc, RegionPValue.of(n, b, sigma), 4 * se, "MC with 4e5 toys, 4 standard errors");
    }
}
