package org.protomodels.combine;

import java.util.List;
import org.protomodels.predict.TheoryPrediction;

/**
 * The likelihood of one experimental result in the signal strength mu (mu = 1: the protomodel's prediction),
 * spec 4: observed, a priori expected (observations := background) and the background-only Asimov data used by
 * the asymptotic CLs (spec 4.5). SModelS's "five values" (nll(1), nll(0), mu-hat, nll(mu-hat), sigma_mu) and the
 * r-values are computed on first use and kept. Not thread-safe; a score builds its own.
 */
public abstract class ResultLikelihood {
    /** How the result enters (score.json {@code type}). */
    public enum Kind {
        UPPER_LIMIT("upper-limit"), EFFICIENCY_MAP("efficiency-map"), COMBINED("combined");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String analysisId;
    private final String datasetId;
    private final Kind kind;
    private final double sqrts;
    private final List<TheoryPrediction> predictions;
    private double nll0 = Double.NaN;
    private double nll1 = Double.NaN;
    private double muHat = Double.NaN;
    private double nllMuHat = Double.NaN;
    private double sigmaMu = Double.NaN;
    private double expectedNll0 = Double.NaN;
    private double expectedNll1 = Double.NaN;
    private double rObs = Double.NaN;
    private double rExp = Double.NaN;
    private boolean fitted;
    private boolean rDone;

    protected ResultLikelihood(String analysisId, String datasetId, Kind kind, double sqrts, List<TheoryPrediction> predictions) {
        this.analysisId = analysisId;
        this.datasetId = datasetId;
        this.kind = kind;
        this.sqrts = sqrts;
        this.predictions = List.copyOf(predictions);
    }

    public String analysisId() {
        return analysisId;
    }

    /** The dataset id; {@code combined} for a combined result. */
    public String datasetId() {
        return datasetId;
    }

    public Kind kind() {
        return kind;
    }

    public double sqrts() {
        return sqrts;
    }

    /** {@code analysis:dataset}. */
    public String label() {
        return analysisId + ":" + datasetId;
    }

    /** The predictions behind this result (one, or the signal regions of a combined result). */
    public List<TheoryPrediction> predictions() {
        return predictions;
    }

    /** Observed nll(mu). */
    public abstract double nll(double mu);

    /** A priori expected nll(mu) (observations replaced by the expected background). */
    public abstract double expectedNll(double mu);

    /** nll(mu) on the background-only Asimov data of the observed fit (for asymptotic CLs). */
    public abstract double asimovNll(double mu);

    /** May mu-hat be negative (only the truncated Gaussian, spec 4.5)? */
    public abstract boolean allowNegative();

    /** mu-hat and sigma_mu, computed by the subclass: {muHat, sigmaMu}. */
    protected abstract double[] fit();

    /** Observed and a priori expected r = 1 / UL on mu: {rObs, rExp} (NaN where undefined). */
    protected abstract double[] rValues();

    private void ensureFit() {
        if (!fitted) {
            fitted = true;
            double[] f = fit();
            muHat = f[0];
            sigmaMu = f[1];
            nllMuHat = Double.isFinite(muHat) ? nll(muHat) : Double.NaN;
        }
    }

    public final double nll0() {
        if (Double.isNaN(nll0)) {
            nll0 = nll(0);
        }
        return nll0;
    }

    public final double nll1() {
        if (Double.isNaN(nll1)) {
            nll1 = nll(1);
        }
        return nll1;
    }

    public final double muHat() {
        ensureFit();
        return muHat;
    }

    public final double sigmaMu() {
        ensureFit();
        return sigmaMu;
    }

    public final double nllMuHat() {
        ensureFit();
        return nllMuHat;
    }

    /** Anomaly weight w = 2 [nll(0) - nll(1)] on the observed data (spec 4.6, 5.3). */
    public final double weight() {
        return 2 * (nll0() - nll1());
    }

    /** Exclusion weight w = 2 [nll(1) - nll(0)] on the a priori expected data (spec 4.6, critics). */
    public final double expectedWeight() {
        if (Double.isNaN(expectedNll0)) {
            expectedNll0 = expectedNll(0);
            expectedNll1 = expectedNll(1);
        }
        return 2 * (expectedNll1 - expectedNll0);
    }

    /** Z of this result alone: sqrt(max(0, 2 [nll(0) - nll(mu-hat)])), signed by mu-hat. */
    public final double significance() {
        double mh = muHat();
        if (!Double.isFinite(mh)) {
            return Double.NaN;
        }
        double z2 = Math.max(0, 2 * (nll0() - nllMuHat()));
        return mh < 0 ? -Math.sqrt(z2) : Math.sqrt(z2);
    }

    private void ensureR() {
        if (!rDone) {
            rDone = true;
            double[] r = rValues();
            rObs = r[0];
            rExp = r[1];
        }
    }

    public final double rObs() {
        ensureR();
        return rObs;
    }

    public final double rExp() {
        ensureR();
        return rExp;
    }

    /** Observed events (summed over the signal regions of a combined result), or null for upper-limit results. */
    public abstract Double observed();

    /** Expected background (summed), or null for upper-limit results. */
    public abstract Double expected();

    @Override
    public String toString() {
        return kind.label() + " " + label();
    }
}
