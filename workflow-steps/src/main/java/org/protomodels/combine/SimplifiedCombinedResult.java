package org.protomodels.combine;

import java.util.List;
import org.protomodels.stats.simplified.AsymptoticCls;
import org.protomodels.stats.simplified.EvaluationType;
import org.protomodels.stats.simplified.ModelInput;
import org.protomodels.stats.simplified.SimplifiedLikelihood;
import org.protomodels.predict.TheoryPrediction;

/**
 * The combined result of an analysis with a background covariance: the simplified likelihood (SLv1, or SLv2 when
 * every region has a third moment) over its regions in {@code datasetOrder}, signal = the predicted yield of each
 * region (0 where the protomodel predicts nothing), spec 4.3. r = 1 / UL on mu by asymptotic CLs (spec 4.5).
 */
final class SimplifiedCombinedResult extends ResultLikelihood {
    private final SimplifiedLikelihood observed;
    private SimplifiedLikelihood apriori;
    private SimplifiedLikelihood asimov;
    private final double sumObserved;
    private final double sumBackground;

    SimplifiedCombinedResult(String analysisId, double sqrts, ModelInput input, List<TheoryPrediction> members) {
        super(analysisId, "combined", Kind.COMBINED, sqrts, members);
        this.observed = SimplifiedLikelihood.of(input);
        double so = 0;
        double sb = 0;
        for (int i = 0; i < input.size(); i++) {
            so += input.observed()[i];
            sb += input.background()[i];
        }
        this.sumObserved = so;
        this.sumBackground = sb;
    }

    @Override
    public double nll(double mu) {
        return observed.nll(mu);
    }

    @Override
    public double expectedNll(double mu) {
        if (apriori == null) {
            apriori = observed.apriori();
        }
        return apriori.nll(mu);
    }

    @Override
    public double asimovNll(double mu) {
        if (asimov == null) {
            asimov = observed.withObserved(observed.asimovData(0));
        }
        return asimov.nll(mu);
    }

    @Override
    public boolean allowNegative() {
        return false;
    }

    @Override
    protected double[] fit() {
        double mh = observed.muHat(false);
        double s = Double.isFinite(mh) ? observed.sigmaMuFromCurvature(mh) : Double.NaN;
        return new double[] {mh, s};
    }

    @Override
    protected double[] rValues() {
        double obs = AsymptoticCls.of(observed, EvaluationType.OBSERVED).upperLimit();
        double exp = AsymptoticCls.of(observed, EvaluationType.APRIORI).upperLimit();
        return new double[] {obs > 0 ? 1 / obs : Double.NaN, exp > 0 ? 1 / exp : Double.NaN};
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
