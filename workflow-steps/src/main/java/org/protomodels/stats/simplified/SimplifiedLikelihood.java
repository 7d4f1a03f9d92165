package org.protomodels.stats.simplified;

import org.apache.commons.numbers.gamma.LogGamma;
import org.protomodels.stats.optim.Roots;
import org.protomodels.step.InvalidInputException;

/**
 * SModelS-style simplified likelihood for one or several signal regions, profiled over the background nuisances
 * theta (physics-spec 4.2/4.3; SModelS 3.1.1 {@code simplifiedLikelihoods.LikelihoodComputer}).
 * <ul>
 * <li>SLv1: lambda_i = mu s_i + b_i + theta_i, theta ~ MVN(0, V).</li>
 * <li>SLv2 (third moments): lambda_i = mu s_i + A_i + theta_i + C_i theta_i^2 / B_i^2, theta ~ MVN(0, B rho B).</li>
 * </ul>
 * nll(mu) = min_theta { sum_i [lambda_i - n_i ln lambda_i + ln Gamma(n_i+1)] + theta^T V^-1 theta / 2 + ln det(2 pi V) / 2 },
 * with SModelS's conventions: lambda clipped to >= 1e-30, theta_i bounded to [-10 n_i, 10 n_i] (so theta_i = 0 when
 * n_i = 0). The profile is found with a bounded Newton method with analytic gradient and Hessian; after construction
 * {@link #nll(double)} does not allocate.
 * <p>
 * Not thread-safe (it owns its work arrays); use {@link #copy()} per thread.
 */
public final class SimplifiedLikelihood {
    private static final double LAMBDA_FLOOR = 1e-30;
    private static final int MAX_NEWTON = 200;

    private final ModelInput input;
    private final int n;
    private final double[] obs;
    private final double[] bkg;
    private final double[] sig;
    private final double[] lgam;
    private final boolean secondOrder;
    // SLv2 coefficients (null for SLv1)
    private final double[] coefA;
    private final double[] coefB;
    private final double[] coefC;
    private final double[] cOverB2;
    /** Inverse of the theta covariance (V for SLv1, B rho B for SLv2), row-major. */
    private final double[] weight;
    /** The theta covariance (V, or B rho B for SLv2). */
    private final double[][] thetaCov;
    /** ln det(2 pi V) / 2. */
    private final double logNorm;
    private final double[] lower;
    private final double[] upper;
    /** Diagonal of the input covariance, for SModelS's decoupled starting point. */
    private final double[] varDiag;
    private final double signalRelErr;

    // work arrays
    private final double[] theta;
    private final double[] lambda;
    private final double[] grad;
    private final double[] hess;
    private final double[] step;
    private final double[] trial;
    private final double[] wTheta;
    private final int[] freeIdx;
    private int newtonIterations;
    /** Use SModelS's sign(p) starting root (only for reproducing its sigma_mu heuristic). */
    private boolean smodelsStart;

    private SimplifiedLikelihood(ModelInput in) {
        this.input = in;
        this.n = in.size();
        this.obs = in.observed();
        this.bkg = in.background();
        this.sig = in.signal();
        this.signalRelErr = in.signalRelativeError();
        this.lgam = new double[n];
        this.varDiag = new double[n];
        this.lower = new double[n];
        this.upper = new double[n];
        for (int i = 0; i < n; i++) {
            lgam[i] = LogGamma.value(obs[i] + 1);
            varDiag[i] = in.covariance(i, i);
            lower[i] = obs[i] == 0 ? 0.0 : -10 * obs[i];
            upper[i] = 10 * obs[i];
        }
        this.secondOrder = in.isSecondOrder();
        double[][] v;
        if (secondOrder) {
            coefA = new double[n];
            coefB = new double[n];
            coefC = new double[n];
            cOverB2 = new double[n];
            v = secondOrderCovariance(in, coefA, coefB, coefC);
            for (int i = 0; i < n; i++) {
                cOverB2[i] = coefC[i] / (coefB[i] * coefB[i]);
            }
        } else {
            coefA = null;
            coefB = null;
            coefC = null;
            cOverB2 = null;
            v = in.covariance();
        }
        double[] l = new double[n * n];
        double pivot = Linear.cholesky(v, l, n);
        if (!(pivot > 0)) {
            throw new InvalidInputException(in.source(), "/thirdMoments",
                    "the SLv2 covariance B rho B is not positive definite (Cholesky pivot " + pivot + ")");
        }
        this.weight = Linear.inverse(l, n);
        this.thetaCov = v;
        this.logNorm = 0.5 * (n * Math.log(2 * Math.PI) + Linear.logDet(l, n));
        this.theta = new double[n];
        this.lambda = new double[n];
        this.grad = new double[n];
        this.hess = new double[n * n];
        this.step = new double[n];
        this.trial = new double[n];
        this.wTheta = new double[n];
        this.freeIdx = new int[n];
    }

    /** The likelihood of a validated model: SLv2 if it carries non-zero third moments, else SLv1. */
    public static SimplifiedLikelihood of(ModelInput in) {
        return new SimplifiedLikelihood(in);
    }

    /** An independent instance (own work arrays) for another thread. */
    public SimplifiedLikelihood copy() {
        return new SimplifiedLikelihood(input);
    }

    /** The same model with other observations (a priori, a posteriori or Asimov data). */
    public SimplifiedLikelihood withObserved(double[] observed) {
        return new SimplifiedLikelihood(input.withObserved(observed));
    }

    public ModelInput input() {
        return input;
    }

    public int size() {
        return n;
    }

    public boolean isSecondOrder() {
        return secondOrder;
    }

    /** SLv2 A_i (copy), or null for SLv1. */
    public double[] coefficientA() {
        return coefA == null ? null : coefA.clone();
    }

    public double[] coefficientB() {
        return coefB == null ? null : coefB.clone();
    }

    public double[] coefficientC() {
        return coefC == null ? null : coefC.clone();
    }

    /** The covariance of theta: V for SLv1, B rho B for SLv2 (copy). */
    public double[][] thetaCovariance() {
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            c[i] = thetaCov[i].clone();
        }
        return c;
    }

    /** Newton iterations used by the last profile fit (diagnostics). */
    public int lastNewtonIterations() {
        return newtonIterations;
    }

    // ---------------------------------------------------------------------------------------------
    // SLv2 coefficients, arXiv:1809.05548 eqs. 1.27-1.30 as SModelS evaluates them

    private static double[][] secondOrderCovariance(ModelInput in, double[] a, double[] b, double[] c) {
        int n = in.size();
        for (int i = 0; i < n; i++) {
            double[] abc;
            try {
                abc = SecondOrder.coefficients(in.background(i), in.covariance(i, i), in.thirdMoment(i));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(in.source(), "/thirdMoments/" + i,
                        "signal region " + in.regionName(i) + ": " + e.getMessage());
            }
            a[i] = abc[0];
            b[i] = abc[1];
            c[i] = abc[2];
        }
        double[][] v = new double[n][n];
        for (int x = 0; x < n; x++) {
            for (int y = x; y < n; y++) {
                double bxby = b[x] * b[y];
                double cxcy = c[x] * c[y];
                // [sqrt((BxBy)^2 + 8 CxCy Vxy) - BxBy] / (4 CxCy), in the algebraically equal form without the
                // cancellation (stable for small skew)
                double vxy = in.covariance(x, y);
                double rho = 2 * vxy / (Math.sqrt(bxby * bxby + 8 * cxcy * vxy) + bxby);
                if (!Double.isFinite(rho)) {
                    throw new InvalidInputException(in.source(), "/covariance/" + x + "/" + y,
                            "SLv2 correlation rho between " + in.regionName(x) + " and " + in.regionName(y)
                                    + " is not finite (" + rho + ")");
                }
                double t = bxby * rho;
                v[x][y] = t;
                v[y][x] = t;
            }
        }
        return v;
    }

    // ---------------------------------------------------------------------------------------------
    // the profile over theta

    /** Profiled negative log-likelihood at signal strength mu. Allocation-free. */
    public double nll(double mu) {
        return profile(mu);
    }

    /** Profiled likelihood exp(-nll). */
    public double likelihood(double mu) {
        return Math.exp(-profile(mu));
    }

    /** theta-hat(mu) into {@code out} (length n); returns nll(mu). */
    public double thetaHat(double mu, double[] out) {
        double f = profile(mu);
        System.arraycopy(theta, 0, out, 0, n);
        return f;
    }

    /** theta-hat(mu) as a new array. */
    public double[] thetaHat(double mu) {
        double[] out = new double[n];
        thetaHat(mu, out);
        return out;
    }

    /**
     * Negative log-likelihood at fixed (mu, theta), without profiling.
     */
    public double nllAt(double mu, double[] th) {
        return objective(mu, th);
    }

    /** d nll_profile / d mu (envelope theorem: the partial derivative at theta-hat). */
    public double dNllDMu(double mu) {
        profile(mu);
        double d = 0;
        for (int i = 0; i < n; i++) {
            d += sig[i] * (1 - obs[i] / lambda[i]);
        }
        return d;
    }

    /**
     * Curvature of the profile nll at mu: d2nll/dmu2 - h^T H^-1 h over the free thetas (Schur complement).
     */
    public double profileCurvature(double mu) {
        profile(mu);
        gradient(mu);
        double dmm = 0;
        for (int i = 0; i < n; i++) {
            dmm += obs[i] * sig[i] * sig[i] / (lambda[i] * lambda[i]);
        }
        int m = fillHessianFree(mu);
        if (m == 0) {
            return dmm;
        }
        double shift = 0;
        while (!Linear.choleskyInPlace(hess, m, n, shift)) {
            shift = shift == 0 ? 1e-10 : shift * 10;
            fillHessianFree(mu);
        }
        for (int k = 0; k < m; k++) {
            int i = freeIdx[k];
            double t = secondOrder ? 1 + 2 * cOverB2[i] * theta[i] : 1;
            step[k] = obs[i] * sig[i] * t / (lambda[i] * lambda[i]);
            trial[k] = step[k];
        }
        Linear.choleskySolve(hess, m, n, step);
        double q = 0;
        for (int k = 0; k < m; k++) {
            q += trial[k] * step[k];
        }
        return dmm - q;
    }

    private double lambdaOf(double mu, double th, int i) {
        double l = secondOrder ? mu * sig[i] + coefA[i] + th + cOverB2[i] * th * th : mu * sig[i] + bkg[i] + th;
        return l <= 0.0 ? LAMBDA_FLOOR : l;
    }

    private double objective(double mu, double[] th) {
        double f = logNorm;
        for (int i = 0; i < n; i++) {
            double l = lambdaOf(mu, th[i], i);
            f += l - (obs[i] == 0 ? 0 : obs[i] * Math.log(l)) + lgam[i];
        }
        double q = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            int base = i * n;
            for (int j = 0; j < n; j++) {
                row += weight[base + j] * th[j];
            }
            q += th[i] * row;
        }
        return f + 0.5 * q;
    }

    /** Gradient at (mu, theta) into grad; lambda filled. */
    private void gradient(double mu) {
        for (int i = 0; i < n; i++) {
            double row = 0;
            int base = i * n;
            for (int j = 0; j < n; j++) {
                row += weight[base + j] * theta[j];
            }
            wTheta[i] = row;
            double l = lambdaOf(mu, theta[i], i);
            lambda[i] = l;
            double t = secondOrder ? 1 + 2 * cOverB2[i] * theta[i] : 1;
            grad[i] = t * (1 - obs[i] / l) + row;
        }
    }

    /** Hessian restricted to the free variables (freeIdx, count returned) into hess (stride n). */
    private int fillHessianFree(double mu) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (lower[i] < upper[i]) {
                boolean atLow = theta[i] <= lower[i] && grad[i] > 0;
                boolean atHigh = theta[i] >= upper[i] && grad[i] < 0;
                if (!atLow && !atHigh) {
                    freeIdx[m++] = i;
                }
            }
        }
        for (int a = 0; a < m; a++) {
            int i = freeIdx[a];
            for (int b = 0; b <= a; b++) {
                int j = freeIdx[b];
                hess[a * n + b] = weight[i * n + j];
            }
            double l = lambda[i];
            double d;
            if (secondOrder) {
                double t = 1 + 2 * cOverB2[i] * theta[i];
                d = obs[i] * t * t / (l * l) - obs[i] / l * 2 * cOverB2[i] + 2 * cOverB2[i];
            } else {
                d = obs[i] / (l * l);
            }
            hess[a * n + a] += d;
        }
        return m;
    }

    /** SModelS's decoupled closed-form starting point (getThetaHat with 0 iterations), clipped to the bounds. */
    private void startingPoint(double mu) {
        for (int i = 0; i < n; i++) {
            double s = mu * sig[i];
            double sigma2 = varDiag[i] + (s * signalRelErr) * (s * signalRelErr);
            double ntot = bkg[i] + s;
            double q = sigma2 * (ntot - obs[i]);
            double p = ntot + sigma2;
            // SModelS takes sign(p) in front of the root; for p < 0 (only at negative mu) that is the root with
            // lambda < 0, where the clipped Poisson term freezes the fit, so the root keeping lambda > 0 is used
            // instead (identical whenever p > 0). smodelsStart reproduces SModelS's choice for its heuristics.
            double root = Math.sqrt(p * p / 4 - q);
            double t = -p / 2.0 + (smodelsStart ? Math.signum(p) * root : root);
            if (!Double.isFinite(t)) {
                t = 0;
            }
            theta[i] = Math.min(upper[i], Math.max(lower[i], t));
        }
    }

    private double profile(double mu) {
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("mu must be finite, got " + mu);
        }
        if (n == 1 && !secondOrder) {
            // one linear region: the stationary point is closed form (positive root of the quadratic, which keeps
            // lambda > 0), clipped to SModelS's bounds; the 1-D objective is convex so that is the minimiser
            double nt = mu * sig[0] + bkg[0];
            double half = 0.5 * (nt - varDiag[0]);
            double lam = half + Math.sqrt(half * half + varDiag[0] * obs[0]);
            theta[0] = Math.min(upper[0], Math.max(lower[0], lam - nt));
            lambda[0] = lambdaOf(mu, theta[0], 0);
            newtonIterations = 0;
            return objective(mu, theta);
        }
        startingPoint(mu);
        double f = objective(mu, theta);
        int it = 0;
        for (; it < MAX_NEWTON; it++) {
            gradient(mu);
            int m = fillHessianFree(mu);
            if (m == 0) {
                break;
            }
            // modified Newton: shift the diagonal until positive definite (SLv2 can be indefinite)
            double shift = 0;
            double maxDiag = 0;
            for (int a = 0; a < m; a++) {
                maxDiag = Math.max(maxDiag, Math.abs(hess[a * n + a]));
            }
            while (!Linear.choleskyInPlace(hess, m, n, shift)) {
                shift = shift == 0 ? 1e-12 * Math.max(1, maxDiag) : shift * 10;
                fillHessianFree(mu);
                if (shift > 1e30) {
                    break;
                }
            }
            for (int a = 0; a < m; a++) {
                step[a] = -grad[freeIdx[a]];
            }
            Linear.choleskySolve(hess, m, n, step);
            double decrement = 0;
            for (int a = 0; a < m; a++) {
                decrement -= grad[freeIdx[a]] * step[a];
            }
            if (!(decrement > 0)) {
                break;
            }
            if (decrement < 1e-13 * Math.max(1, Math.abs(f))) {
                // converged to rounding level: take the last (full, projected) Newton step and stop
                for (int a = 0; a < m; a++) {
                    int i = freeIdx[a];
                    theta[i] = Math.min(upper[i], Math.max(lower[i], theta[i] + step[a]));
                }
                f = objective(mu, theta);
                it++;
                break;
            }
            // projected backtracking line search (Armijo)
            double t = 1;
            double fNew = f;
            boolean accepted = false;
            for (int ls = 0; ls < 60; ls++) {
                System.arraycopy(theta, 0, trial, 0, n);
                double slope = 0;
                for (int a = 0; a < m; a++) {
                    int i = freeIdx[a];
                    double x = Math.min(upper[i], Math.max(lower[i], theta[i] + t * step[a]));
                    slope += grad[i] * (x - theta[i]);
                    trial[i] = x;
                }
                fNew = objective(mu, trial);
                if (fNew <= f + 1e-4 * slope) {
                    accepted = true;
                    break;
                }
                t *= 0.5;
            }
            if (!accepted) {
                break;
            }
            System.arraycopy(trial, 0, theta, 0, n);
            f = fNew;
        }
        newtonIterations = it;
        // lambda at the solution (used by the mu derivatives)
        for (int i = 0; i < n; i++) {
            lambda[i] = lambdaOf(mu, theta[i], i);
        }
        return f;
    }

    // ---------------------------------------------------------------------------------------------
    // mu-hat

    /**
     * The maximum-likelihood signal strength, tightly converged (bounded at 0 unless negative signals are
     * allowed): a doubling search for a bracket and Brent's minimisation of the profile nll (robust to the kinks an
     * SLv2 profile can have), polished by a root of d nll/d mu where the profile is smooth. NaN when the minimum
     * runs off to -infinity (n = 0 regions with mu < 0).
     */
    public double muHat(boolean allowNegative) {
        if (n == 1 && !secondOrder) {
            // exact maximiser of the single-region profile: lambda = n, theta = 0
            // as SModelS: a vanishing signal gives mu-hat in events
            double mh = Math.abs(sig[0]) > 1e-100 ? (obs[0] - bkg[0]) / sig[0] : obs[0] - bkg[0];
            return allowNegative || mh > 0 ? mh : 0.0;
        }
        double s = stepScale();
        double f0 = nll(0);
        double fp = nll(s);
        double fm = allowNegative ? nll(-s) : Double.POSITIVE_INFINITY;
        double lo;
        double hi;
        if (f0 <= fp && f0 <= fm) {
            if (!allowNegative && dNllDMu(0) >= 0) {
                return 0.0;
            }
            lo = allowNegative ? -s : 0;
            hi = s;
        } else {
            double dir = fp <= fm ? 1 : -1;
            double prev = 0;
            double x = dir * s;
            double fx = dir > 0 ? fp : fm;
            int k = 0;
            while (true) {
                double next = 2 * x;
                double fn = nll(next);
                if (!(fn < fx)) {
                    lo = Math.min(prev, next);
                    hi = Math.max(prev, next);
                    break;
                }
                prev = x;
                x = next;
                fx = fn;
                if (++k > 60) {
                    return Double.NaN;
                }
            }
        }
        return minimizeIn(lo, hi);
    }

    /** Brent minimisation of the profile on [lo, hi], then a derivative polish. */
    private double minimizeIn(double lo, double hi) {
        double x = Roots.minimize(this::nll, lo, hi, 1e-10, 500);
        double fx = nll(x);
        // endpoints (a bound minimum)
        double flo = nll(lo);
        if (flo <= fx) {
            x = lo;
            fx = flo;
        }
        double fhi = nll(hi);
        if (fhi < fx) {
            x = hi;
            fx = fhi;
        }
        double delta = 1e-6 * (1 + Math.abs(x));
        double a = Math.max(lo, x - delta);
        double b = Math.min(hi, x + delta);
        double da = dNllDMu(a);
        double db = dNllDMu(b);
        if (da < 0 && db > 0) {
            double r = Roots.brent(this::dNllDMu, a, b, da, db, 1e-15, 1e-14, 200);
            if (nll(r) <= fx + 1e-12 * Math.max(1, Math.abs(fx))) {
                return r;
            }
        } else if (a == lo && da >= 0 && nll(lo) <= fx + 1e-12 * Math.max(1, Math.abs(fx))) {
            return lo;
        }
        return x;
    }

    /**
     * mu-hat the way SModelS 3.1.1's {@code findMuHat} bounds it: the profile minimised only inside
     * [0, max(3 r_max + 1e-5, 1e-5)] (or [2 r_min | r_min/2, ...] with negatives), r from {@code findAvgr} at
     * theta-hat(avgr). Where SModelS's optimiser is bound-limited this reproduces its value.
     */
    public double smodelsBoundedMuHat(boolean allowNegative) {
        double[] th = thetaHat(0);
        double[] avg = smodelsAvgr(th);
        if (avg == null) {
            return Double.NaN;
        }
        th = thetaHat(avg[1]);
        avg = smodelsAvgr(th);
        double minr = avg[0];
        double maxr = avg[2];
        if (minr > 0.) {
            minr = .5 * minr;
        } else if (minr < 0.) {
            minr = 2. * minr;
        }
        if (maxr > 0.) {
            maxr = 3. * maxr + 1e-5;
        } else {
            maxr = .3 * maxr + 1e-5;
        }
        double lo = allowNegative ? minr : 0;
        double hi = allowNegative ? maxr : Math.max(maxr, 1e-5);
        if (dNllDMu(lo) >= 0) {
            return lo; // rising at the lower bound: the bound is the minimum
        }
        return minimizeIn(lo, hi);
    }

    /** A first scale for the mu search: |mean of the per-region estimates| or 1. */
    private double stepScale() {
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            if (sig[i] > 0) {
                num += sig[i] * (obs[i] - bkg[i]);
                den += sig[i] * sig[i];
            }
        }
        double r = den > 0 ? Math.abs(num / den) : 1;
        return Math.max(1e-3, Math.min(r, 10));
    }

    /** sigma_mu from the curvature of the profile at mu (1/sqrt(d2 nll_prof / d mu2)). */
    public double sigmaMuFromCurvature(double mu) {
        double c = profileCurvature(mu);
        return c > 0 ? 1 / Math.sqrt(c) : Double.NaN;
    }

    /**
     * SModelS's sigma_mu ({@code getSigmaMu}): 1/sqrt(sum_i n_i s_i^2 / npred_i^2) with npred = mu s + b + theta
     * (the linear form, also for SLv2), observations replaced by b if all are 0, a zero Hessian set to 1e-10.
     */
    public double smodelsSigmaMu(double mu, double[] th) {
        double sumObs = 0;
        for (int i = 0; i < n; i++) {
            sumObs += obs[i];
        }
        double h = 0;
        double hAlt = 0;
        for (int i = 0; i < n; i++) {
            double np = mu * sig[i] + bkg[i] + th[i];
            if (np == 0.0) {
                if (obs[i] * sig[i] == 0.0) {
                    np = 1.0;
                } else {
                    throw new ArithmeticException("zero predicted count with non-zero numerator in " + input.regionName(i));
                }
            }
            double o = sumObs == 0 ? bkg[i] : obs[i];
            h += o * sig[i] * sig[i] / (np * np);
            hAlt += sig[i] * sig[i] / np;
        }
        if (h == 0.0 && sumObs == 0) {
            h = hAlt;
        }
        if (h == 0.0) {
            h = 1e-10;
        }
        return Math.sqrt(1.0 / h);
    }

    /**
     * SModelS's {@code findAvgr}: the Hessian-weighted mean of the per-region estimates (n_i - b_i - theta_i)/s_i;
     * returns {min, mean, max} or null if no region has signal.
     */
    double[] smodelsAvgr(double[] th) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double wsum = 0;
        double wr = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (sig[i] > 1e-16) {
                double np = sig[i] + bkg[i] + th[i];
                if (np == 0.0) {
                    np = 1.0;
                }
                double h = obs[i] * sig[i] * sig[i] / (np * np);
                double w = h > 0 ? h : 1.0;
                double r = (obs[i] - bkg[i] - th[i]) / sig[i];
                min = Math.min(min, r);
                max = Math.max(max, r);
                wsum += w;
                wr += w * r;
                count++;
            }
        }
        return count == 0 ? null : new double[] {min, wr / wsum, max};
    }

    /**
     * The maximum of the likelihood as SModelS's {@code lmax} reports it, with a tightly converged mu-hat.
     * sigma_mu follows SModelS: single region at theta-hat(mu-hat); several regions at theta-hat(avgr), the
     * second {@code findAvgr} estimate that SModelS's {@code findMuHat} keeps.
     */
    public Lmax lmax(boolean allowNegative) {
        double mh = muHat(allowNegative);
        if (Double.isNaN(mh) && n == 1) {
            mh = (obs[0] - bkg[0]) / sig[0];
        }
        if (Double.isNaN(mh)) {
            return new Lmax(Double.NaN, Double.NaN, Double.NaN);
        }
        double[] th = new double[n];
        double sigma;
        if (n == 1) {
            thetaHat(mh, th);
            sigma = smodelsSigmaMu(mh, th);
        } else {
            // SModelS evaluates this at theta-hat of its intermediate estimate avgr (often negative), from its own
            // starting point: reproduce that path
            smodelsStart = true;
            try {
                thetaHat(0, th);
                double[] avg = smodelsAvgr(th);
                if (avg != null) {
                    thetaHat(avg[1], th);
                }
            } finally {
                smodelsStart = false;
            }
            sigma = smodelsSigmaMu(mh, th);
        }
        return new Lmax(mh, sigma, nll(mh));
    }

    /** mu-hat, its error and the nll there. */
    public record Lmax(double muHat, double sigmaMu, double nllMin) {
    }

    // ---------------------------------------------------------------------------------------------
    // derived data sets

    /** Observations replaced by backgrounds (a priori expected). */
    public SimplifiedLikelihood apriori() {
        return withObserved(bkg);
    }

    /**
     * Asimov data at signal strength mu built from theta-hat(mu) fitted to this model's data
     * (SModelS {@code generateAsimovData}): n_A = mu s + b + theta-hat (SLv2: mu s + A + theta + C theta^2/B^2).
     */
    public double[] asimovData(double mu) {
        double[] th = thetaHat(mu);
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = secondOrder ? mu * sig[i] + coefA[i] + th[i] + coefC[i] * th[i] * th[i] / (coefB[i] * coefB[i])
                    : mu * sig[i] + bkg[i] + th[i];
        }
        return data;
    }

    /**
     * A posteriori expected data: observations := b + theta-hat(mu = 0) fitted to the observed data
     * (SLv2: A + theta + C theta^2/B^2), as SModelS's {@code transform(aposteriori)}.
     */
    public SimplifiedLikelihood aposteriori() {
        return withObserved(asimovData(0));
    }

    /** The model for an evaluation type. */
    public SimplifiedLikelihood forEvaluation(EvaluationType type) {
        return switch (type) {
            case OBSERVED -> this;
            case APRIORI -> apriori();
            case APOSTERIORI -> aposteriori();
        };
    }

    boolean zeroSignal() {
        for (double s : sig) {
            if (s > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return (secondOrder ? "SLv2" : "SLv1") + "[" + input + "]";
    }
}
