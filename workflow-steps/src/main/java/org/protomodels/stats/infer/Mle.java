package org.protomodels.stats.infer;

import org.protomodels.stats.model.SecondOrderLikelihood;
import org.protomodels.stats.model.Likelihood;
import org.protomodels.stats.optim.BoundedMinimizer;
import org.protomodels.stats.optim.BoundedNewton;
import org.protomodels.stats.optim.MinimizationResult;
import org.protomodels.stats.optim.SecondOrderObjective;

/**
 * Maximum-likelihood fits (pyhf {@code infer.mle}): minimise -2 ln L over the free parameters within bounds.
 * Only calls the likelihood; the model stays separate.
 */
public final class Mle {
    private final BoundedMinimizer minimizer;
    private final BoundedNewton newton;

    private Mle(BoundedMinimizer minimizer, BoundedNewton newton) {
        this.minimizer = minimizer;
        this.newton = newton;
    }

    /** Damped Newton (Fisher scoring, then exact Hessian) when the likelihood offers it, L-BFGS as fallback; tolerances 1e-7 x max(1, |f|). */
    public static Mle withDefaults() {
        return new Mle(BoundedMinimizer.withDefaults(), BoundedNewton.withDefaults());
    }

    public static Mle with(BoundedMinimizer minimizer) {
        return new Mle(minimizer, BoundedNewton.withDefaults());
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
        int evals = 0;
        double[] start = init;
        if (lh instanceof SecondOrderLikelihood fl) {
            // damped Newton (Fisher scoring, then the exact Hessian near the minimum); L-BFGS only if it did not converge
            MinimizationResult nr = newton.minimize(new SecondOrderObjective() {
                @Override
                public double valueAndGradient(double[] x, double[] g) {
                    return twiceNll(lh, x, g);
                }

                @Override
                public double valueGradientCurvature(double[] x, double[] g, double[] h) {
                    return scaled(fl.logPdfGradientFisher(x, g, h), g, h);
                }

                @Override
                public double valueGradientHessian(double[] x, double[] g, double[] h) {
                    return scaled(fl.logPdfGradientHessian(x, g, h), g, h);
                }
            }, init, setup.lower(), setup.upper(), fixed);
            if (nr.converged()) {
                return new FitResult(nr.x(), nr.value(), nr.status(), nr.evaluations());
            }
            evals = nr.evaluations();
            if (Double.isFinite(nr.value())) {
                start = nr.x();
            }
        }
        MinimizationResult r = minimizer.minimize((x, g) -> twiceNll(lh, x, g), start, setup.lower(),
                setup.upper(), fixed);
        return new FitResult(r.x(), r.value(), r.status(), evals + r.evaluations());
    }

    /**
     * Uncertainty of the POI at a fit: sqrt of the POI diagonal element of the inverse Hessian of
     * -ln L over the parameters left free (fixed ones and the POI's bounds are ignored). NaN if singular.
     */
    public static double poiUncertainty(SecondOrderLikelihood lh, FitResult fit, FitSetup setup) {
        int n = lh.dimension();
        double[] g = new double[n];
        double[] h = new double[n * n];
        lh.logPdfGradientHessian(fit.pars(), g, h);
        boolean[] fixed = setup.fixed();
        int[] idx = new int[n];
        int nf = 0;
        int poi = -1;
        for (int i = 0; i < n; i++) {
            if (!fixed[i] || i == setup.poiIndex()) {
                if (i == setup.poiIndex()) {
                    poi = nf;
                }
                idx[nf++] = i;
            }
        }
        double[] a = new double[nf * nf];
        for (int r = 0; r < nf; r++) {
            for (int c = 0; c < nf; c++) {
                a[r * nf + c] = h[idx[r] * n + idx[c]];
            }
        }
        double[] e = new double[nf];
        e[poi] = 1;
        if (!BoundedNewton.choleskySolve(a, e, nf)) {
            return Double.NaN;
        }
        return Math.sqrt(e[poi]);
    }

    /** ln L, its gradient and the curvature of -ln L turned into -2 ln L terms. */
    private static double scaled(double logL, double[] g, double[] h) {
        for (int i = 0; i < g.length; i++) {
            g[i] = -2 * g[i];
        }
        for (int i = 0; i < g.length * g.length; i++) {
            h[i] *= 2;
        }
        return -2 * logL;
    }

    private static double twiceNll(Likelihood lh, double[] x, double[] g) {
        double v = lh.logPdfAndGradient(x, g);
        for (int i = 0; i < g.length; i++) {
            g[i] = -2 * g[i];
        }
        return -2 * v;
    }
}
