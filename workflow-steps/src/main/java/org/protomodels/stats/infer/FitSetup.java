package org.protomodels.stats.infer;

import java.util.Objects;
import org.protomodels.stats.model.ModelConfig;

/** Starting point, bounds and fixed flags of fits, and which parameter is the POI (pyhf's init/bounds/fixed). */
public record FitSetup(double[] init, double[] lower, double[] upper, boolean[] fixed, int poiIndex) {
    public FitSetup {
        Objects.requireNonNull(init, "init");
        int n = init.length;
        if (lower.length != n || upper.length != n || fixed.length != n) {
            throw new IllegalArgumentException("init/lower/upper/fixed: lengths differ");
        }
        if (poiIndex < 0 || poiIndex >= n) {
            throw new IllegalArgumentException("poiIndex: " + poiIndex + " outside [0, " + n + ")");
        }
        for (int i = 0; i < n; i++) {
            if (!(lower[i] <= upper[i])) {
                throw new IllegalArgumentException("lower/upper: empty bounds for parameter " + i);
            }
        }
        init = init.clone();
        lower = lower.clone();
        upper = upper.clone();
        fixed = fixed.clone();
    }

    /** The model's suggested init, bounds and fixed parameters (what pyhf uses when none are passed). */
    public static FitSetup suggested(ModelConfig config) {
        if (config.poiIndex() < 0) {
            throw new IllegalArgumentException("config: the model has no parameter of interest");
        }
        double[][] b = config.suggestedBounds();
        double[] lo = new double[b.length];
        double[] hi = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            lo[i] = b[i][0];
            hi[i] = b[i][1];
        }
        return new FitSetup(config.suggestedInit(), lo, hi, config.suggestedFixed(), config.poiIndex());
    }

    /** A copy with only the POI bounds replaced (pyhf's widened {@code par_bounds}). */
    public FitSetup withPoiBounds(double lo, double hi) {
        double[] l = lower.clone();
        double[] u = upper.clone();
        l[poiIndex] = lo;
        u[poiIndex] = hi;
        return new FitSetup(init, l, u, fixed, poiIndex);
    }

    public double poiLower() {
        return lower[poiIndex];
    }

    public double poiUpper() {
        return upper[poiIndex];
    }

    @Override
    public double[] init() {
        return init.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public boolean[] fixed() {
        return fixed.clone();
    }
}
