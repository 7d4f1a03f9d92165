package org.protomodels.combine;

import java.util.List;
import org.protomodels.predict.TheoryPrediction;
import org.protomodels.stats.simplified.EvaluationType;
import org.protomodels.stats.simplified.TruncatedGaussian;

/**
 * An upper-limit result through the truncated Gaussian of its observed and expected limits (spec 4.1), in mu units:
 * U = UL_obs / sigma_pred, E = UL_exp / sigma_pred. The a priori expected form (and the Asimov form) is centred at 0.
 * r-values are the prediction's (sigma / UL map).
 */
final class UpperLimitResult extends ResultLikelihood {
    private final TruncatedGaussian tg;
    private final boolean allowNegative;
    private final TheoryPrediction p;

    UpperLimitResult(TheoryPrediction p, TruncatedGaussian.Variant variant) {
        super(p.analysisId(), p.datasetId(), Kind.UPPER_LIMIT, p.sqrts(), List.of(p));
        this.p = p;
        this.tg = TruncatedGaussian.fromCrossSections(p.upperLimitFb(), p.expectedUpperLimitFb(), p.sigmaFb(), variant);
        // SModelS 3 allows negative mu-hat for this likelihood; the v1 form never has one
        this.allowNegative = variant == TruncatedGaussian.Variant.SMODELS3;
    }

    /** Whether a prediction can have this likelihood (both limits and a signal). */
    static boolean usable(TheoryPrediction p) {
        return p.upperLimitFb() != null && p.expectedUpperLimitFb() != null && p.upperLimitFb() > 0
                && p.expectedUpperLimitFb() > 0 && p.sigmaFb() > 0;
    }

    @Override
    public double nll(double mu) {
        return tg.nll(mu, allowNegative);
    }

    @Override
    public double expectedNll(double mu) {
        return tg.nll(mu, allowNegative, EvaluationType.APRIORI);
    }

    @Override
    public double asimovNll(double mu) {
        return tg.nll(mu, allowNegative, EvaluationType.APRIORI);
    }

    @Override
    public boolean allowNegative() {
        return allowNegative;
    }

    @Override
    protected double[] fit() {
        return new double[] {tg.muHat(allowNegative), tg.sigmaMu()};
    }

    @Override
    protected double[] rValues() {
        return new double[] {p.rObs() == null ? Double.NaN : p.rObs(), p.rExp() == null ? Double.NaN : p.rExp()};
    }

    @Override
    public Double observed() {
        return null;
    }

    @Override
    public Double expected() {
        return null;
    }
}
