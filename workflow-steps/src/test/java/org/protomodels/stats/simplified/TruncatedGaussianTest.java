package org.protomodels.stats.simplified;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.protomodels.testing.Assertions2.assertClose;

import org.apache.commons.numbers.gamma.Erf;
import org.junit.jupiter.api.Test;

/** The v1 (2020 paper) variant and general properties of the truncated Gaussian (physics-spec 4.1). */
class TruncatedGaussianTest {

    /** The mu-hat condition of physics-spec 4.1 step 3, written out independently. */
    static double rootCondition(double u, double sigma, double mu) {
        double d = Math.sqrt(2) * sigma;
        return (Erf.value((u - mu) / d) + Erf.value(mu / d)) / (1 + Erf.value(mu / d)) - 0.95;
    }

    @Test
    void paper2020_largeExcess_capsObservedLimit() {
        TruncatedGaussian tg = TruncatedGaussian.paper2020(3.0, 1.0);
        // (U - E)/(U + E) = 0.5 > 0.338: U := E (1 + 0.338)/(1 - 0.338)
        assertClose(1.338 / 0.662, tg.upperLimit(), 1e-15, 0, "physics-spec 4.1 v1 cap (rel 1e-15)");
        assertEquals(1.0, tg.expectedUpperLimit(), "v1: no 0.6 correction");
        assertClose(1.0 / 1.96, tg.sigmaMu(), 1e-15, 0, "sigma_mu = E/1.96 (rel 1e-15)");
        assertAbsClose(0.0, rootCondition(tg.upperLimit(), tg.sigmaMu(), tg.muHat(false)), 1e-12,
                "mu-hat solves the erf condition (abs 1e-12)");
    }

    @Test
    void paper2020_deficit_muHatZero() {
        TruncatedGaussian tg = TruncatedGaussian.paper2020(0.7, 1.0);
        assertEquals(0.0, tg.muHat(true));
        assertEquals(0.0, tg.muHat(false));
    }

    @Test
    void paper2020_smallExcess_notCapped() {
        TruncatedGaussian tg = TruncatedGaussian.paper2020(1.3, 1.0);
        assertEquals(1.3, tg.upperLimit());
        assertAbsClose(0.0, rootCondition(1.3, 1.0 / 1.96, tg.muHat(false)), 1e-12, "erf condition (abs 1e-12)");
    }

    @Test
    void fromCrossSections_equalsMuUnits() {
        TruncatedGaussian a = TruncatedGaussian.fromCrossSections(3.0, 2.0, 2.0, TruncatedGaussian.Variant.SMODELS3);
        TruncatedGaussian b = TruncatedGaussian.of(1.5, 1.0);
        assertEquals(b.nll(0.7), a.nll(0.7));
    }

    @Test
    void likelihood_integratesToOneOverPositiveMu() {
        TruncatedGaussian tg = TruncatedGaussian.of(1.5, 1.0);
        double sum = 0;
        double h = 1e-4;
        for (double mu = h / 2; mu < 20; mu += h) {
            sum += tg.likelihood(mu) * h;
        }
        assertAbsClose(1.0, sum, 1e-6, "normalised on mu >= 0 (midpoint rule, abs 1e-6)");
    }

    @Test
    void smodels3_muHatSolvesRootCondition() {
        for (double u : new double[] {0.5, 0.9, 1.0, 1.4, 3.0}) {
            TruncatedGaussian tg = TruncatedGaussian.of(u, 1.0);
            assertAbsClose(0.0, rootCondition(u, tg.sigmaMu(), tg.muHat(true)), 1e-12,
                    "erf condition at U=" + u + " (abs 1e-12)");
        }
    }
}
