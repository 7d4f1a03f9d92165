package org.protomodels.stats.infer;

import org.protomodels.stats.model.Likelihood;

/**
 * Test statistic values from a fixed-POI fit and an unconstrained fit: t = twice_nll(fixed) - twice_nll(free),
 * clipped at 0, then zeroed on the side the statistic ignores (pyhf {@code infer.test_statistics}).
 */
public final class TestStatistics {
    private TestStatistics() {
    }

    /** The statistic from already computed fits. */
    public static double value(TestStatistic ts, double mu, FitResult fixed, FitResult free, int poiIndex) {
        double t = Math.max(0, fixed.twiceNll() - free.twiceNll());
        double muHat = free.par(poiIndex);
        return switch (ts) {
            case Q, QTILDE -> muHat > mu ? 0 : t;
            case Q0 -> muHat >= mu ? t : 0;
        };
    }

    /** Runs both fits and returns the statistic ({@code qmu_tilde(mu, data, pdf, init, bounds, fixed)} etc.). */
    public static double compute(TestStatistic ts, double mu, Likelihood lh, FitSetup setup, Mle mle) {
        FitResult fixed = mle.fixedPoiFit(mu, lh, setup);
        FitResult free = mle.fit(lh, setup);
        return value(ts, mu, fixed, free, setup.poiIndex());
    }

    public static double qmuTilde(double mu, Likelihood lh, FitSetup setup) {
        return compute(TestStatistic.QTILDE, mu, lh, setup, Mle.withDefaults());
    }

    public static double qmu(double mu, Likelihood lh, FitSetup setup) {
        return compute(TestStatistic.Q, mu, lh, setup, Mle.withDefaults());
    }

    public static double q0(Likelihood lh, FitSetup setup) {
        return compute(TestStatistic.Q0, 0.0, lh, setup, Mle.withDefaults());
    }
}
