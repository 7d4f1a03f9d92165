package org.protomodels.stats.simplified;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.special.Gamma;

/**
 * Naive twin of the SLv1 profile: the nll written out with commons-math matrices and minimised over theta by a
 * derivative-free simplex (no bounds: use for cases with all n_i > 0 where the bounds are inactive).
 */
final class ReferenceProfile {
    private final double[] n;
    private final double[] b;
    private final double[] s;
    private final RealMatrix inv;
    private final double logDet;

    ReferenceProfile(double[] n, double[] b, double[][] cov, double[] s) {
        this.n = n;
        this.b = b;
        this.s = s;
        CholeskyDecomposition ch = new CholeskyDecomposition(new Array2DRowRealMatrix(cov));
        this.inv = ch.getSolver().getInverse();
        this.logDet = Math.log(ch.getDeterminant());
    }

    double nllAt(double mu, double[] theta) {
        double f = 0;
        for (int i = 0; i < n.length; i++) {
            double l = Math.max(mu * s[i] + b[i] + theta[i], 1e-30);
            f += l - n[i] * Math.log(l) + Gamma.logGamma(n[i] + 1);
        }
        double[] wt = inv.operate(theta);
        double q = 0;
        for (int i = 0; i < n.length; i++) {
            q += theta[i] * wt[i];
        }
        return f + 0.5 * q + 0.5 * (n.length * Math.log(2 * Math.PI) + logDet);
    }

    double profile(double mu, double[] start) {
        double best = Double.POSITIVE_INFINITY;
        double[] x = start.clone();
        for (int restart = 0; restart < 4; restart++) {
            SimplexOptimizer opt = new SimplexOptimizer(1e-15, 1e-15);
            PointValuePair p = opt.optimize(new MaxEval(200_000), new ObjectiveFunction(t -> nllAt(mu, t)),
                    GoalType.MINIMIZE, new InitialGuess(x), new NelderMeadSimplex(x.length, 0.05));
            x = p.getPoint();
            best = Math.min(best, p.getValue());
        }
        return best;
    }
}
