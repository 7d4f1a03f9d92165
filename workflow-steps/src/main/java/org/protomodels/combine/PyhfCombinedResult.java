package org.protomodels.combine;

import java.util.List;
import org.protomodels.predict.TheoryPrediction;
import org.protomodels.stats.infer.AsymptoticCalculator;
import org.protomodels.stats.infer.FitResult;
import org.protomodels.stats.infer.FitSetup;
import org.protomodels.stats.infer.Mle;
import org.protomodels.stats.infer.TestStatistic;
import org.protomodels.stats.infer.UpperLimit;
import org.protomodels.stats.infer.UpperLimitResult;
import org.protomodels.stats.model.Model;

/**
 * The combined result of an analysis with a pyhf workspace (spec 4.4): nll(mu) = fixed-POI fit / 2, a priori
 * expected data = the background-only model at its suggested parameters, r = 1 / UL on mu by pyhf's asymptotic
 * q~_mu CLs (POI range widened tenfold up to 1e4 when needed).
 */
final class PyhfCombinedResult extends ResultLikelihood {
    private static final double MAX_POI = 1e4;
    private final PyhfAnalysis ws;
    private final FitSetup setup;
    private final Mle mle = Mle.withDefaults();
    private final Model.DataLikelihood observed;
    private Model.DataLikelihood apriori;
    private Model.DataLikelihood asimov;
    private final double sumObserved;
    private final double sumBackground;

    PyhfCombinedResult(PyhfAnalysis ws, double sqrts, double[] yields, List<TheoryPrediction> members,
                       double sumObserved, double sumBackground) {
        super(ws.analysisId(), "combined", Kind.COMBINED, sqrts, members);
        this.ws = ws;
        FitSetup s = ws.setup(yields);
        // mu >= 0 as SModelS's pyhf computer; an upper bound far above any reasonable signal
        this.setup = s.withPoiBounds(0, Math.max(s.poiUpper(), 10));
        this.observed = ws.model().likelihood(ws.observedData());
        this.sumObserved = sumObserved;
        this.sumBackground = sumBackground;
    }

    private double fixed(Model.DataLikelihood lh, double mu) {
        FitResult r = mle.fixedPoiFit(mu, lh, setup);
        return r.twiceNll() / 2;
    }

    @Override
    public double nll(double mu) {
        return fixed(observed, mu);
    }

    @Override
    public double expectedNll(double mu) {
        if (apriori == null) {
            double[] pars = setup.init();
            pars[setup.poiIndex()] = 0;
            apriori = ws.model().likelihood(ws.model().expectedData(pars));
        }
        return fixed(apriori, mu);
    }

    @Override
    public double asimovNll(double mu) {
        if (asimov == null) {
            FitResult bkg = mle.fixedPoiFit(0, observed, setup);
            asimov = ws.model().likelihood(ws.model().expectedData(bkg.pars()));
        }
        return fixed(asimov, mu);
    }

    @Override
    public boolean allowNegative() {
        return false;
    }

    @Override
    protected double[] fit() {
        FitSetup s = setup;
        FitResult free = mle.fit(observed, s);
        double mh = free.par(s.poiIndex());
        // a large excess over a small predicted signal puts mu-hat at the bound: widen it, as for the limit
        while (mh >= s.poiUpper() * (1 - 1e-6) && s.poiUpper() * 10 <= MAX_POI) {
            s = s.withPoiBounds(0, s.poiUpper() * 10);
            free = mle.fit(observed, s);
            mh = free.par(s.poiIndex());
        }
        double h = 1e-4 * Math.max(1, Math.abs(mh));
        double f0 = free.twiceNll() / 2;
        // second difference of the profile (one-sided at the bound mu = 0)
        double curv = mh - h >= 0 ? (nll(mh + h) - 2 * f0 + nll(mh - h)) / (h * h)
                : (nll(mh + 2 * h) - 2 * nll(mh + h) + f0) / (h * h);
        return new double[] {mh, curv > 0 ? 1 / Math.sqrt(curv) : Double.NaN};
    }

    @Override
    protected double[] rValues() {
        return new double[] {inverse(limit(ws.observedData())), inverse(limitExpected())};
    }

    private double limitExpected() {
        double[] pars = setup.init();
        pars[setup.poiIndex()] = 0;
        return limit(ws.model().expectedData(pars));
    }

    private double limit(double[] data) {
        double hi = setup.poiUpper();
        UpperLimitResult ul = UpperLimit.compute(AsymptoticCalculator.of(ws.model(), data, setup, TestStatistic.QTILDE));
        while (ul.status() == UpperLimitResult.Status.ABOVE_POI_UPPER_BOUND && hi * 10 <= MAX_POI) {
            hi *= 10;
            ul = UpperLimit.compute(AsymptoticCalculator.of(ws.model(), data, setup.withPoiBounds(0, hi), TestStatistic.QTILDE));
        }
        return ul.ok() ? ul.observed() : Double.NaN;
    }

    private static double inverse(double ul) {
        return ul > 0 && Double.isFinite(ul) ? 1 / ul : Double.NaN;
    }

    @Override
    public Double observed() {
        return sumObserved;
    }

    @Override
    public Double expected() {
        return sumBackground;
    }
}
