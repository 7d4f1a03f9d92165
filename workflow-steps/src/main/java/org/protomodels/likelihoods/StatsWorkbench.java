package org.protomodels.likelihoods;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.stats.infer.AsymptoticCalculator;
import org.protomodels.stats.infer.FitResult;
import org.protomodels.stats.infer.FitSetup;
import org.protomodels.stats.infer.HypotestResult;
import org.protomodels.stats.infer.Mle;
import org.protomodels.stats.infer.TestStatistic;
import org.protomodels.stats.infer.UpperLimit;
import org.protomodels.stats.infer.UpperLimitResult;
import org.protomodels.stats.model.Model;
import org.protomodels.stats.model.ModifierSettings;
import org.protomodels.stats.simplified.AsymptoticCls;
import org.protomodels.stats.simplified.EvaluationType;
import org.protomodels.stats.simplified.ModelInput;
import org.protomodels.stats.simplified.PoissonGaussian;
import org.protomodels.stats.simplified.SimplifiedLikelihood;
import org.protomodels.stats.simplified.TruncatedGaussian;
import org.protomodels.step.UsageException;

/**
 * Evaluates one statistical model the most exact way the engines offer: SModelS-type models with the tightly
 * converged mu-hat CLs construction ({@link AsymptoticCls#of}); pyhf models as pyhf's hypotest and upper_limit
 * (q~_mu, asymptotics), widening the POI range tenfold (up to 1e4) when a limit lies above it, as the golden
 * references do.
 */
public final class StatsWorkbench {
    /** Largest POI upper bound tried for pyhf limits. */
    static final double MAX_POI_UPPER = 1e4;

    private final boolean allowNegative;
    private final boolean marginalise;

    private StatsWorkbench(boolean allowNegative, boolean marginalise) {
        this.allowNegative = allowNegative;
        this.marginalise = marginalise;
    }

    /** {@code allowNegative}: mu-hat may be negative; {@code marginalise}: SModelS 2.2.1 marginalised likelihood. */
    public static StatsWorkbench of(boolean allowNegative, boolean marginalise) {
        return new StatsWorkbench(allowNegative, marginalise);
    }

    public StatsResult evaluate(StatsModel model, double[] mus) {
        for (double mu : mus) {
            if (!Double.isFinite(mu)) {
                throw new UsageException("--mu: values must be finite, got " + mu);
            }
        }
        if (marginalise && !(model instanceof StatsModel.PoissonGauss pg && pg.input().size() == 1)) {
            throw new UsageException("--marginalise: only for single-region poisson-gauss models (multi-region "
                    + "marginalisation is a Monte-Carlo estimate, not a workbench number)");
        }
        if (model instanceof StatsModel.PoissonGauss pg) {
            return marginalise ? marginalised(pg.input(), mus) : profiled(pg.input(), mus);
        }
        if (model instanceof StatsModel.TruncatedGauss tg) {
            return truncated(tg, mus);
        }
        return pyhf((StatsModel.Pyhf) model, mus);
    }

    /** mu as a JSON key: shortest decimal ("0", "1", "0.5"). */
    public static String key(double mu) {
        if (mu == 0) {
            return "0";
        }
        return BigDecimal.valueOf(mu).stripTrailingZeros().toPlainString();
    }

    private StatsResult profiled(ModelInput in, double[] mus) {
        SimplifiedLikelihood sl = SimplifiedLikelihood.of(in);
        SimplifiedLikelihood.Lmax lmax = sl.lmax(allowNegative);
        AsymptoticCls observed = AsymptoticCls.of(sl, EvaluationType.OBSERVED);
        AsymptoticCls expected = AsymptoticCls.of(sl, EvaluationType.APRIORI);
        Map<String, Double> nll = new LinkedHashMap<>();
        Map<String, Double> cls = new LinkedHashMap<>();
        for (double mu : mus) {
            nll.put(key(mu), StatsResult.finite(sl.nll(mu)));
            cls.put(key(mu), StatsResult.finite(observed.cls(mu)));
        }
        String kind = in.size() == 1 ? "poisson-gauss" : in.isSecondOrder() ? "slv2" : "slv1";
        return new StatsResult(StatsResult.KIND, StatsResult.VERSION, "poisson-gauss", kind + " profiled", nll,
                StatsResult.finite(lmax.muHat()), StatsResult.finite(lmax.sigmaMu()), StatsResult.finite(lmax.nllMin()),
                cls, new StatsResult.UpperLimits(StatsResult.finite(observed.upperLimit()),
                        StatsResult.finite(expected.upperLimit()), null, null, "asymptotic CLs, converged mu-hats"),
                null, null);
    }

    private StatsResult marginalised(ModelInput in, double[] mus) {
        double sigma = Math.sqrt(in.covariance()[0][0]);
        PoissonGaussian pg = PoissonGaussian.of(in.observed()[0], in.background()[0], sigma, in.signal()[0]);
        double d = in.signalRelativeError();
        // the construction of PoissonGaussian.marginalisedUpperLimit: profile mu-hats and Asimov data, marginal nlls
        double muHat = pg.muHat(false);
        double nll0 = pg.marginalisedNll(muHat, d);
        PoissonGaussian asimov = pg.withObserved(pg.background() + pg.thetaHat(0));
        double nll0A = asimov.marginalisedNll(asimov.muHat(false), d);
        Map<String, Double> nll = new LinkedHashMap<>();
        Map<String, Double> cls = new LinkedHashMap<>();
        for (double mu : mus) {
            double v = pg.marginalisedNll(mu, d);
            nll.put(key(mu), StatsResult.finite(v));
            cls.put(key(mu), StatsResult.finite(AsymptoticCls.clsFromNll(asimov.marginalisedNll(mu, d), nll0A, v, nll0,
                    muHat > mu)));
        }
        double mh = allowNegative ? (pg.observed() - pg.background()) / pg.signal()
                : Math.max(pg.observed() - pg.background(), 0) / pg.signal();
        return new StatsResult(StatsResult.KIND, StatsResult.VERSION, "poisson-gauss", "poisson-gauss marginalised",
                nll, StatsResult.finite(mh), StatsResult.finite(pg.sigmaMu(mh)),
                StatsResult.finite(pg.marginalisedNll(mh, d)), cls,
                new StatsResult.UpperLimits(StatsResult.finite(pg.marginalisedUpperLimit(d, EvaluationType.OBSERVED)),
                        StatsResult.finite(pg.marginalisedUpperLimit(d, EvaluationType.APRIORI)), null, null,
                        "asymptotic CLs on the marginalised likelihood (SModelS 2.2.1)"),
                null, "muhat is SModelS 2.2.1's lmax point (n - b)/s, the maximum of the marginal likelihood only approximately");
    }

    private StatsResult truncated(StatsModel.TruncatedGauss m, double[] mus) {
        TruncatedGaussian tg = m.likelihood();
        TruncatedGaussian.Lmax lmax = tg.lmax(allowNegative);
        // CLs from the Gaussian asymptotics of the same likelihood: q_mu from the observed nll (mu-hat >= 0),
        // q_A from the a priori form (centred at 0)
        double muHat0 = tg.muHat(false);
        double nll0 = tg.nll(muHat0, true);
        double nll0A = tg.nll(0, true, EvaluationType.APRIORI);
        Map<String, Double> nll = new LinkedHashMap<>();
        Map<String, Double> cls = new LinkedHashMap<>();
        for (double mu : mus) {
            nll.put(key(mu), StatsResult.finite(tg.nll(mu, allowNegative)));
            cls.put(key(mu), StatsResult.finite(AsymptoticCls.clsFromNll(tg.nll(mu, true, EvaluationType.APRIORI),
                    nll0A, tg.nll(mu, true), nll0, muHat0 > mu)));
        }
        return new StatsResult(StatsResult.KIND, StatsResult.VERSION, "truncated-gaussian",
                "truncated-gaussian " + m.variant().name().toLowerCase(java.util.Locale.ROOT), nll,
                StatsResult.finite(lmax.muHat()), StatsResult.finite(lmax.sigmaMu()), StatsResult.finite(lmax.nllMin()),
                cls, new StatsResult.UpperLimits(m.ulObserved() / m.signal(), m.ulExpected() / m.signal(), null, null,
                        "the given limits in units of the signal"),
                null, null);
    }

    private StatsResult pyhf(StatsModel.Pyhf p, double[] mus) {
        if (allowNegative) {
            throw new UsageException("--allow-negative: not for pyhf models (the POI range comes from the workspace)");
        }
        Model model = Model.of(p.workspace(), p.measurement(), ModifierSettings.workspaceDefaults(), p.source());
        double[] data = model.observedData(p.workspace());
        AsymptoticCalculator calc = AsymptoticCalculator.of(model, data);
        FitSetup setup = calc.setup();
        Mle mle = Mle.withDefaults();
        Model.DataLikelihood lh = model.likelihood(data);
        FitResult free = calc.freeFit();
        List<String> problems = new ArrayList<>();
        if (!free.converged()) {
            problems.add("free fit " + free.status());
        }
        Map<String, Double> nll = new LinkedHashMap<>();
        Map<String, Double> cls = new LinkedHashMap<>();
        for (double mu : mus) {
            if (mu < setup.poiLower() || mu > setup.poiUpper()) {
                nll.put(key(mu), null);
                cls.put(key(mu), null);
                problems.add("mu " + key(mu) + " outside the POI bounds [" + setup.poiLower() + ", " + setup.poiUpper() + "]");
                continue;
            }
            FitResult fixed = mle.fixedPoiFit(mu, lh, setup);
            if (!fixed.converged()) {
                problems.add("fit at mu " + key(mu) + " " + fixed.status());
            }
            nll.put(key(mu), StatsResult.finite(fixed.twiceNll() / 2));
            HypotestResult h = calc.hypotest(mu);
            cls.put(key(mu), StatsResult.finite(h.cls()));
        }
        // sigma_mu from the Asimov test statistic: q~_A(mu) = (mu / sigma)^2 at mu = 1 (pyhf's asymptotic sigma)
        double qA = calc.asimovStatistic(1.0);
        double sigma = qA > 0 ? 1 / Math.sqrt(qA) : Double.NaN;
        double lo = setup.poiLower();
        double hi = setup.poiUpper();
        UpperLimitResult ul = UpperLimit.compute(calc);
        while (ul.status() == UpperLimitResult.Status.ABOVE_POI_UPPER_BOUND && hi * 10 <= MAX_POI_UPPER) {
            hi *= 10;
            ul = UpperLimit.compute(AsymptoticCalculator.of(model, data, setup.withPoiBounds(lo, hi), TestStatistic.QTILDE));
        }
        StatsResult.UpperLimits limits;
        if (ul.ok()) {
            List<Double> band = new ArrayList<>();
            for (double e : ul.expected()) {
                band.add(StatsResult.finite(e));
            }
            limits = new StatsResult.UpperLimits(StatsResult.finite(ul.observed()), band.get(2), band, List.of(lo, hi),
                    "pyhf upper_limit (q~_mu asymptotics)");
        } else {
            limits = new StatsResult.UpperLimits(null, null, null, List.of(lo, hi), ul.message());
            problems.add(ul.message());
        }
        return new StatsResult(StatsResult.KIND, StatsResult.VERSION, "pyhf", "pyhf histfactory", nll,
                StatsResult.finite(free.par(setup.poiIndex())), StatsResult.finite(sigma),
                StatsResult.finite(free.twiceNll() / 2), cls, limits, free.converged() ? "converged" : "fit-failed",
                problems.isEmpty() ? null : String.join("; ", problems));
    }
}
