package org.protomodels.fakes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.protomodels.pvalues.RegionPValue;
import org.protomodels.testing.SmallDatabases;

/**
 * The mid-p of one signal region over SM fakes of that region is flat. The mid-p of a discrete count is only
 * uniform up to the size of the largest probability step of the count's marginal distribution (a lattice of
 * values); with b = 10 000 +- 50 the marginal's standard deviation is sqrt(b + sigma^2) = 112, the largest step
 * P(N = n) about 0.0036, so every bin edge of a 10-bin histogram is off by at most 0.0018 in probability (1.8 %
 * of a bin), far below the 7 % statistical error of 2000 fakes in 10 bins: the chi-square test is honest here.
 * For small b (a few events) the same test fails by construction, which is why the many-region meta-statistic
 * (FakeDatabaseSamplerTest) mixes backgrounds.
 */
class SingleRegionFlatnessTest {
    @Test
    void sample_twoThousandFakesOfALargeBackgroundRegion_midPValuesFlat() {
        double b = 10_000;
        double sigma = 50;
        var sampler = FakeDatabaseSampler.of(SmallDatabases.singleRegion(b, sigma), "0".repeat(64), 1.0);
        int n = 2000;
        int bins = 10;
        int[] counts = new int[bins];
        var rngs = FakeDatabaseSamplerTest.streams(21L, n);
        for (int i = 0; i < n; i++) {
            double k = sampler.sample(i, 21L, "d.json", rngs[i]).observedCounts().get("ATLAS-T-1:SR1");
            double p = RegionPValue.of(k, b, sigma);
            counts[Math.min(bins - 1, (int) (p * bins))]++;
        }
        double expected = (double) n / bins;
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        double pFlat = ChiSquaredDistribution.of(bins - 1).survivalProbability(chi2);
        assertTrue(pFlat > 0.01, "chi-square flatness of one region's mid-p over 2000 SM fakes (b = 1e4 +- 50): chi2 = "
                + chi2 + ", p = " + pFlat + ", counts " + java.util.Arrays.toString(counts));
    }
}
