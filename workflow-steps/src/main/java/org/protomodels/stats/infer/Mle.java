package org.protomodels.stats.infer;

import org.protomodels.stats.model.Likelihood;
import org.protomodels.stats.optim.BoundedMinimizer;
import org.protomodels.stats.optim.MinimizationResult;

/**
 * Maximum-likelihood fits (pyhf {@code infer.mle}): minimise -2 ln L over the free parameters within bounds.
 * Only calls the likelihood; the model stays separate.
 */
public final class Mle {
    private final BoundedMinimizer minimizer;

    private Mle(BoundedMinimizer minimizer) {
        this.minimizer = minimizer;
    }

    public static Mle withDefaults() {
        return new Mle(BoundedMinimizer.withDefaults());
    }

    public static Mle with(BoundedMinimizer minimizer) {
        return new Mle(minimizer);
    }

    /** Unconstrained fit ({@code pyhf.infer.mle.fit}). */
    public FitResult fit(Likelihood lh, FitSetup setup) {
        return minimize(lh, setup.init(), setup, setup.fixed());
    }

    /** Fit with the POI fixed at {@code mu} ({@code pyhf.infer.mle.fixed_poi_fit}: init of the POI set to mu). */
    public FitResult fixedPoiFit(double mu, Likelihood lh, FitSetup setup) {
        return fixedPoiFit(mu, lh, setup, setup.init());
    }

    /** Fixed-POI fit from another start point (warm start); the POI start is replaced by mu. */
    public FitResult fixedPoiFit(double mu, Likelihood lh, FitSetup setup, double[] start) {
        double[] init = start.clone();
        init[setup.poiIndex()] = mu;
        boolean[] fixed = setup.fixed();
        fixed[setup.poiIndex()] = true;
        return minimize(lh, init, setup, fixed);
    }

    private FitResult minimize(Likelihood lh, double[] init, FitSetup setup, boolean[] fixed) {
        MinimizationResult r = minimizer.minimize((x, g) -> {
            double v = lh.logPdfAndGradient(x, g);
            for (int i = 0; i < g.length; i++) {
                g[i] = -2 * g[i];
            }
            return -2 * v;
        }, init, setup.lower(), setup.upper(), fixed);
        return new FitResult(r.x(), r.value(), r.status(), r.evaluations());
    }
}
