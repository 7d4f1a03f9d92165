package org.protomodels.stats.infer;

import java.util.Objects;
import org.apache.commons.numbers.gamma.Erfc;
import org.protomodels.stats.model.Model;

/**
 * Asymptotic CLs (Cowan et al. arXiv:1007.1727) as pyhf's {@code AsymptoticCalculator}: the Asimov data set is
 * the model's expected data (main and aux) at the fixed-POI fit to the data with mu = 0 (mu = 1 for q0).
 * Unconstrained fits to the data and to the Asimov data do not depend on the tested mu and are made once.
 * Not thread-safe.
 */
public final class AsymptoticCalculator {
    private static final double[] N_SIGMA = {2, 1, 0, -1, -2};

    private final Model model;
    private final FitSetup setup;
    private final TestStatistic testStatistic;
    private final Mle mle;
    private final Model.DataLikelihood observed;
    private FitResult freeObserved;
    private Model.DataLikelihood asimov;
    private FitResult freeAsimov;
    private final boolean warmStarts;
    private final java.util.TreeMap<Double, double[]> observedFits = new java.util.TreeMap<>();
    private final java.util.TreeMap<Double, double[]> asimovFits = new java.util.TreeMap<>();

    private AsymptoticCalculator(Model model, double[] data, FitSetup setup, TestStatistic ts, Mle mle,
            boolean warmStarts) {
        this.warmStarts = warmStarts;
        this.model = Objects.requireNonNull(model, "model");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.testStatistic = Objects.requireNonNull(ts, "testStatistic");
        this.mle = Objects.requireNonNull(mle, "mle");
        this.observed = model.likelihood(data);
    }

    /** q~_mu with the model's suggested init, bounds and fixed parameters (pyhf hypotest defaults). */
    public static AsymptoticCalculator of(Model model, double[] data) {
        return new AsymptoticCalculator(model, data, FitSetup.suggested(model.config()), TestStatistic.QTILDE,
                Mle.withDefaults(), false);
    }

    public static AsymptoticCalculator of(Model model, double[] data, FitSetup setup, TestStatistic ts) {
        return new AsymptoticCalculator(model, data, setup, ts, Mle.withDefaults(), false);
    }

    /**
     * A copy that starts each fixed-POI fit from the solution at the nearest mu already fitted when that mu is
     * within 10% (scans, upper limits): same optimum, fewer iterations; deterministic for a given sequence of mu. Default: off, every fit
     * starts from the suggested init as pyhf does.
     */
    public AsymptoticCalculator withWarmStarts() {
        return new AsymptoticCalculator(model, observed.data(), setup, testStatistic, mle, true);
    }

    /** The same data and statistic with other fit bounds/inits (fresh fits). */
    public AsymptoticCalculator withSetup(FitSetup newSetup) {
        return new AsymptoticCalculator(model, observed.data(), newSetup, testStatistic, mle, warmStarts);
    }

    public FitSetup setup() {
        return setup;
    }

    public TestStatistic testStatistic() {
        return testStatistic;
    }

    /** Unconstrained fit to the observed data (cached). */
    public FitResult freeFit() {
        if (freeObserved == null) {
            freeObserved = mle.fit(observed, setup);
        }
        return freeObserved;
    }

    /** The Asimov data set (main + aux), pyhf's {@code generate_asimov_data}. */
    public double[] asimovData() {
        return asimovLikelihood().data();
    }

    private Model.DataLikelihood asimovLikelihood() {
        if (asimov == null) {
            double asimovMu = testStatistic == TestStatistic.Q0 ? 1.0 : 0.0;
            FitResult bkg = mle.fixedPoiFit(asimovMu, observed, setup);
            asimov = model.likelihood(model.expectedData(bkg.pars()));
            freeAsimov = mle.fit(asimov, setup);
        }
        return asimov;
    }

    /** The observed test statistic at mu. */
    public double observedStatistic(double mu) {
        FitResult fixed = fixedFit(mu, observed, observedFits);
        return TestStatistics.value(testStatistic, mu, fixed, freeFit(), setup.poiIndex());
    }

    /** The test statistic on the Asimov data at mu. */
    public double asimovStatistic(double mu) {
        Model.DataLikelihood a = asimovLikelihood();
        FitResult fixed = fixedFit(mu, a, asimovFits);
        return TestStatistics.value(testStatistic, mu, fixed, freeAsimov, setup.poiIndex());
    }

    private FitResult fixedFit(double mu, Model.DataLikelihood lh, java.util.TreeMap<Double, double[]> cache) {
        if (!warmStarts) {
            return mle.fixedPoiFit(mu, lh, setup);
        }
        var below = cache.floorEntry(mu);
        var above = cache.ceilingEntry(mu);
        var near = below == null ? above : above == null ? below
                : (mu - below.getKey() <= above.getKey() - mu ? below : above);
        // only from a close mu: far-away solutions (bracket ends) can lead Newton into another basin
        boolean close = near != null && Math.abs(near.getKey() - mu) <= 0.1 * Math.abs(mu);
        FitResult r = close ? mle.fixedPoiFit(mu, lh, setup, near.getValue()) : mle.fixedPoiFit(mu, lh, setup);
        if (r.converged()) {
            cache.put(mu, r.pars());
        }
        return r;
    }

    /** Full test at mu: observed and expected (pyhf {@code hypotest(mu, ..., return_expected_set=True)}). */
    public HypotestResult hypotest(double mu) {
        double qA = asimovStatistic(mu);
        double q = observedStatistic(mu);
        return result(mu, q, qA);
    }

    /** Expected CLs band at mu (needs the Asimov fits only). */
    public double[] expectedCls(double mu) {
        double sqA = Math.sqrt(asimovStatistic(mu));
        double[] cls = new double[5];
        for (int k = 0; k < 5; k++) {
            cls[k] = upperTail(N_SIGMA[k] + sqA) / upperTail(N_SIGMA[k]);
        }
        return cls;
    }

    HypotestResult result(double mu, double q, double qA) {
        double sq = Math.sqrt(q);
        double sqA = Math.sqrt(qA);
        double t;
        if (testStatistic == TestStatistic.QTILDE && !(sq < sqA)) {
            t = (q - qA) / (2 * sqA);
        } else {
            t = sq - sqA;
        }
        double clsb = upperTail(t + sqA);
        double clb = upperTail(t);
        double[] clsbExp = new double[5];
        double[] clsExp = new double[5];
        for (int k = 0; k < 5; k++) {
            clsbExp[k] = upperTail(N_SIGMA[k] + sqA);
            clsExp[k] = clsbExp[k] / upperTail(N_SIGMA[k]);
        }
        return new HypotestResult(testStatistic, mu, q, qA, clsb, clb, clsb / clb, clsbExp, clsExp);
    }

    /** 1 - Phi(x), accurate in the far tail. */
    static double upperTail(double x) {
        return 0.5 * Erfc.value(x / Math.sqrt(2));
    }
}
