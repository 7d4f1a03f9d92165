package org.protomodels.stats.simplified;

import static org.protomodels.testing.Assertions2.assertAbsClose;

import org.junit.jupiter.api.Test;

/**
 * The test vectors of physics-spec section 4.7 (computed by the spec authors with scipy; quoted to 6 decimals,
 * so compared at 1e-6 absolute: half a unit of the last digit plus rounding of the inputs).
 */
class PhysicsSpecVectorsTest {
    static final double TOL = 1e-6;

    @Test
    void truncatedGaussian_excess_matchesSpecVector() {
        TruncatedGaussian tg = TruncatedGaussian.of(1.5, 1.0);
        assertAbsClose(1.136364, tg.expectedUpperLimit(), TOL, "physics-spec 4.7 TG excess E'");
        assertAbsClose(0.579777, tg.sigmaMu(), TOL, "physics-spec 4.7 TG excess sigma_mu");
        assertAbsClose(0.484415, tg.muHat(true), TOL, "physics-spec 4.7 TG excess mu-hat");
        assertAbsClose(0.607996, tg.likelihood(0), TOL, "physics-spec 4.7 TG excess L(0)");
        assertAbsClose(0.580450, tg.likelihood(1), TOL, "physics-spec 4.7 TG excess L(1)");
        assertAbsClose(0.497587, tg.nll(0), TOL, "physics-spec 4.7 TG excess nll(0)");
        assertAbsClose(0.543951, tg.nll(1), TOL, "physics-spec 4.7 TG excess nll(1)");
    }

    @Test
    void truncatedGaussian_deficitNegativeAllowed_matchesSpecVector() {
        TruncatedGaussian tg = TruncatedGaussian.of(0.8, 1.0);
        assertAbsClose(0.510204, tg.sigmaMu(), TOL, "physics-spec 4.7 TG deficit sigma_mu");
        assertAbsClose(-0.343038, tg.muHat(true), TOL, "physics-spec 4.7 TG deficit mu-hat");
        assertAbsClose(2.488196, tg.likelihood(0, true), TOL, "physics-spec 4.7 TG deficit L(0)");
        assertAbsClose(0.097582, tg.likelihood(1, true), TOL, "physics-spec 4.7 TG deficit L(1)");
    }

    @Test
    void poissonGaussian_profiled_matchesSpecVector() {
        PoissonGaussian pg = PoissonGaussian.of(5, 2, 0.5, 3);
        assertAbsClose(0.294727, pg.thetaHat(0), TOL, "physics-spec 4.7 1-SR theta-hat(0)");
        assertAbsClose(3.328669, pg.nll(0), TOL, "physics-spec 4.7 1-SR nll(0)");
        assertAbsClose(0.0, pg.thetaHat(1), TOL, "physics-spec 4.7 1-SR theta-hat(1)");
        assertAbsClose(1.966094, pg.nll(1), TOL, "physics-spec 4.7 1-SR nll(1)");
        // the general profile (Newton) agrees with the closed form
        SimplifiedLikelihood sl = pg.toSimplifiedLikelihood();
        assertAbsClose(3.328669, sl.nll(0), TOL, "physics-spec 4.7 1-SR nll(0) via SimplifiedLikelihood");
        assertAbsClose(1.966094, sl.nll(1), TOL, "physics-spec 4.7 1-SR nll(1) via SimplifiedLikelihood");
    }

    @Test
    void poissonGaussian_smodels12SignalError_matchesSpecVector() {
        PoissonGaussian pg = PoissonGaussian.of(5, 2, 0.5, 3).withProfileSignalError(0.2);
        assertAbsClose(2.412093, pg.nll(1), TOL, "physics-spec 4.7 1-SR SModelS-1.2.x sigma^2 = 0.61, nll(1)");
    }

    @Test
    void secondOrder_coefficients_matchSpecVector() {
        ModelInput in = ModelInput.singleRegion(10, 10, 2, 1).withThirdMoments(new double[] {2});
        SimplifiedLikelihood sl = SimplifiedLikelihood.of(in);
        assertAbsClose(9.916570, sl.coefficientA()[0], TOL, "physics-spec 4.7 SLv2 A");
        assertAbsClose(1.996517, sl.coefficientB()[0], TOL, "physics-spec 4.7 SLv2 B");
        assertAbsClose(0.083430, sl.coefficientC()[0], TOL, "physics-spec 4.7 SLv2 C");
        // the moment identities of the paper form: B^2 + 2C^2 = m2, 6B^2C + 8C^3 = m3
        double b = sl.coefficientB()[0];
        double c = sl.coefficientC()[0];
        assertAbsClose(4.0, b * b + 2 * c * c, 1e-12, "SLv2 identity B^2 + 2C^2 = m2 (1e-12)");
        assertAbsClose(2.0, 6 * b * b * c + 8 * c * c * c, 1e-12, "SLv2 identity 6B^2C + 8C^3 = m3 (1e-12)");
    }
}
