package org.protomodels.combine;

import java.util.List;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.predict.TheoryPrediction;
import org.protomodels.stats.simplified.PoissonGaussian;

/**
 * One efficiency-map signal region: Poisson x Gaussian nuisance, profiled in closed form (spec 4.2), signal
 * s = sigma x L. r-values are the prediction's (the dataset's published limits).
 */
final class SignalRegionResult extends ResultLikelihood {
    /** A zero background error is replaced by this fraction of max(b, 1) (the Gaussian needs a width). */
    static final double MIN_RELATIVE_ERROR = 1e-6;
    private final PoissonGaussian observed;
    private final PoissonGaussian apriori;
    private final PoissonGaussian asimov;
    private final TheoryPrediction p;
    private final SignalRegionCounts c;

    SignalRegionResult(TheoryPrediction p, SignalRegionCounts c, double signalUncertainty) {
        super(p.analysisId(), p.datasetId(), Kind.EFFICIENCY_MAP, p.sqrts(), List.of(p));
        this.p = p;
        this.c = c;
        double err = c.bgError() > 0 ? c.bgError() : MIN_RELATIVE_ERROR * Math.max(c.expectedBG(), 1);
        PoissonGaussian pg = PoissonGaussian.of(c.observedN(), c.expectedBG(), err, p.signalYield());
        if (signalUncertainty > 0) {
            pg = pg.withProfileSignalError(signalUncertainty);
        }
        this.observed = pg;
        this.apriori = pg.withObserved(c.expectedBG());
        this.asimov = pg.withObserved(Math.max(0, c.expectedBG() + pg.thetaHat(0)));
    }

    static boolean usable(TheoryPrediction p, SignalRegionCounts c) {
        return c != null && p.signalYield() != null && p.signalYield() > 0;
    }

    @Override
    public double nll(double mu) {
        return observed.nll(mu);
    }

    @Override
    public double expectedNll(double mu) {
        return apriori.nll(mu);
    }

    @Override
    public double asimovNll(double mu) {
        return asimov.nll(mu);
    }

    @Override
    public boolean allowNegative() {
        return false;
    }

    @Override
    protected double[] fit() {
        double mh = observed.muHat(false);
        return new double[] {mh, observed.sigmaMu(mh)};
    }

    @Override
    protected double[] rValues() {
        return new double[] {p.rObs() == null ? Double.NaN : p.rObs(), p.rExp() == null ? Double.NaN : p.rExp()};
    }

    @Override
    public Double observed() {
        return c.observedN();
    }

    @Override
    public Double expected() {
        return c.expectedBG();
    }
}
