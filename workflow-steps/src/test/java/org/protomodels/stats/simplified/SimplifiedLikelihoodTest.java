package org.protomodels.stats.simplified;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.protomodels.testing.Assertions2.assertClose;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The profile, mu-hat, CLs and limits on synthetic models, against naive twins and basic properties. */
class SimplifiedLikelihoodTest {
    static final double[] N = {12, 7, 30, 3};
    static final double[] B = {9.5, 8.0, 26.0, 1.5};
    static final double[][] V = {
        {4.0, 1.2, 2.0, 0.1},
        {1.2, 3.0, 1.0, 0.05},
        {2.0, 1.0, 9.0, 0.2},
        {0.1, 0.05, 0.2, 0.25}};
    static final double[] S = {2.0, 1.0, 4.0, 1.5};

    static SimplifiedLikelihood model() {
        return SimplifiedLikelihood.of(ModelInput.of(N, B, V, S));
    }

    @Test
    void nll_slv1_matchesNaiveSimplexProfile() {
        SimplifiedLikelihood sl = model();
        ReferenceProfile ref = new ReferenceProfile(N, B, V, S);
        for (double mu : new double[] {0, 0.5, 1, 3}) {
            double[] th = sl.thetaHat(mu);
            double fast = sl.nll(mu);
            assertClose(ref.nllAt(mu, th), fast, 1e-12, 0, "naive nll at fast theta-hat, mu=" + mu + " (rel 1e-12)");
            double naive = ref.profile(mu, new double[N.length]);
            // the Newton profile is at least as low as the simplex one, and equal to 1e-9
            assertTrue(fast <= naive + 1e-12, "Newton profile not above simplex profile at mu=" + mu);
            assertClose(naive, fast, 0, 1e-9, "naive simplex profile, mu=" + mu + " (abs 1e-9)");
        }
    }

    @Test
    void muHat_slv1_isStationaryAndMinimal() {
        SimplifiedLikelihood sl = model();
        double mh = sl.muHat(false);
        assertAbsClose(0.0, sl.dNllDMu(mh), 1e-9, "d nll/d mu at mu-hat (abs 1e-9)");
        double f = sl.nll(mh);
        assertTrue(sl.nll(mh - 1e-3) > f && sl.nll(mh + 1e-3) > f, "mu-hat is a minimum");
        // the curvature agrees with a finite difference of the profile
        double h = 1e-3;
        double fd = (sl.nll(mh + h) - 2 * f + sl.nll(mh - h)) / (h * h);
        assertClose(fd, sl.profileCurvature(mh), 1e-4, 0, "profile curvature vs finite difference (rel 1e-4)");
    }

    @Test
    void dNllDMu_matchesFiniteDifference() {
        SimplifiedLikelihood sl = model();
        double h = 1e-5;
        for (double mu : new double[] {0.2, 1.0, 2.5}) {
            double fd = (sl.nll(mu + h) - sl.nll(mu - h)) / (2 * h);
            assertClose(fd, sl.dNllDMu(mu), 1e-6, 1e-8, "d nll/d mu vs central difference at mu=" + mu);
        }
    }

    @Test
    void nll_slv2_matchesSlv1WhenThirdMomentsVanish() {
        ModelInput in = ModelInput.of(N, B, V, S);
        SimplifiedLikelihood v1 = SimplifiedLikelihood.of(in);
        SimplifiedLikelihood v2 = SimplifiedLikelihood.of(in.withThirdMoments(new double[] {0, 0, 0, 0}));
        assertEquals(false, v2.isSecondOrder());
        assertEquals(v1.nll(1.3), v2.nll(1.3), "all-zero third moments are SLv1 (SModelS rule)");
    }

    @Test
    void nll_slv2SmallSkew_approachesSlv1() {
        ModelInput in = ModelInput.of(N, B, V, S);
        SimplifiedLikelihood v1 = SimplifiedLikelihood.of(in);
        SimplifiedLikelihood v2 = SimplifiedLikelihood.of(in.withThirdMoments(new double[] {1e-6, 1e-6, 1e-6, 1e-7}));
        assertTrue(v2.isSecondOrder());
        assertClose(v1.nll(1.0), v2.nll(1.0), 1e-6, 0, "SLv2 with tiny skew vs SLv1 (rel 1e-6)");
    }

    @Test
    void zeroObservedRegion_thetaFixedAtZero() {
        double[] n = {0, 5};
        SimplifiedLikelihood sl = SimplifiedLikelihood.of(ModelInput.of(n, new double[] {2, 4},
                new double[][] {{0.5, 0.1}, {0.1, 1.0}}, new double[] {1, 1}));
        double[] th = sl.thetaHat(1.0);
        assertEquals(0.0, th[0], "SModelS bound [-10 n, 10 n] fixes theta at 0 when n = 0");
    }

    @Test
    void nll_afterWarmUp_allocatesNothing() {
        SimplifiedLikelihood sl = model();
        for (int i = 0; i < 20_000; i++) {
            sl.nll(0.5 + (i % 7) * 0.1);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        double acc = 0;
        for (int i = 0; i < 10_000; i++) {
            acc += sl.nll(0.5 + (i % 7) * 0.1);
        }
        long bytes = mx.getThreadAllocatedBytes(tid) - before;
        assertTrue(acc > 0);
        assertTrue(bytes < 10_000, "nll allocated " + bytes + " bytes in 10000 calls");
    }

    @Test
    void upperLimit_clsEqualsAlphaAndDecreases() {
        SimplifiedLikelihood sl = model();
        AsymptoticCls cls = AsymptoticCls.of(sl, EvaluationType.OBSERVED);
        double ul = cls.upperLimit();
        assertAbsClose(0.05, cls.cls(ul), 1e-9, "CLs at the upper limit (abs 1e-9)");
        assertTrue(cls.cls(0.5 * ul) > 0.05 && cls.cls(1.5 * ul) < 0.05, "CLs decreasing through the limit");
        assertClose(ul, cls.upperLimitSmodelsBracket(), 1e-9, 0, "first crossing = SModelS bracket root (rel 1e-9)");
        assertClose(ul, cls.upperLimitFast(), 2e-3, 0, "SModelS tolerances (rel 2e-3)");
        double exp = AsymptoticCls.of(sl, EvaluationType.APRIORI).upperLimit();
        double post = AsymptoticCls.of(sl, EvaluationType.APOSTERIORI).upperLimit();
        assertTrue(exp > 0 && post > 0, "expected limits positive");
    }

    @Test
    void copy_givesIdenticalValues() {
        SimplifiedLikelihood sl = model();
        assertEquals(sl.nll(0.7), sl.copy().nll(0.7));
    }

    @Test
    void clsFromNll_limits() {
        // q_mu = q_A = 0: CLsb = 0.5, CLb = 0.5 -> CLs = 1
        assertAbsClose(1.0, AsymptoticCls.clsFromNll(1, 1, 1, 1, false), 1e-15, "CLs with q = 0");
        // mu-hat above mu: q_mu forced to 0, q_A = 2: CLs = (1 - Phi(0)) / Phi(sqrt 2)
        assertAbsClose(0.5 / AsymptoticCls.phi(Math.sqrt(2)), AsymptoticCls.clsFromNll(2, 1, 5, 1, true), 1e-15,
                "CLs with mu-hat > mu");
        // q_A = q_mu = 4: CLsb = 1 - Phi(2), CLb = Phi(0) = 0.5
        assertAbsClose(2 * (1 - AsymptoticCls.phi(2)), AsymptoticCls.clsFromNll(3, 1, 3, 1, false), 1e-15,
                "CLs with q_A = q_mu = 4");
    }
}
