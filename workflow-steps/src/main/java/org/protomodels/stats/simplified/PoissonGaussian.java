package org.protomodels.stats.simplified;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.LogGamma;
import org.protomodels.stats.optim.Roots;

/**
 * One signal region: Poisson(n | mu s + b + theta) x Normal(theta; 0, sigma^2) (physics-spec 4.2).
 * <ul>
 * <li>Profiled (SModelS >= 2, and the copy in protomodels v1): theta-hat in closed form (the positive root of
 * theta^2 + theta (sigma^2 + n_t) + sigma^2 (n_t - n) = 0, n_t = mu s + b), sigma^2 = sigma_b^2; with SModelS's
 * bound theta in [-10 n, 10 n], so theta = 0 when n = 0.</li>
 * <li>Optionally the SModelS 1.2.x form sigma^2 = sigma_b^2 + (delta_s mu s)^2
 * ({@link #withProfileSignalError}); default delta_s = 0 (fidelity with v1 and v2 runs).</li>
 * <li>Marginalised (SModelS 2.2.1, {@code marginalize=True}): the integral over the background of
 * Poisson(n|x) N(x; b + mu s, sigma_tot), sigma_tot^2 = sigma_b^2 + (delta_rel mu s)^2, renormalised to x >= 0.</li>
 * </ul>
 * Immutable; everything is closed form or a one-dimensional quadrature. Limits: {@link #toSimplifiedLikelihood()}.
 */
public final class PoissonGaussian {
    private final double n;
    private final double b;
    private final double sigmaB;
    private final double s;
    private final double profileSignalError;
    private final double lgam;

    private PoissonGaussian(double n, double b, double sigmaB, double s, double profileSignalError) {
        require(n, "observed", true);
        require(b, "background", true);
        require(sigmaB, "backgroundError", false);
        require(s, "signal", true);
        if (!(profileSignalError >= 0) || !Double.isFinite(profileSignalError)) {
            throw new IllegalArgumentException("signalRelativeError: must be finite and >= 0, got " + profileSignalError);
        }
        this.n = n;
        this.b = b;
        this.sigmaB = sigmaB;
        this.s = s;
        this.profileSignalError = profileSignalError;
        this.lgam = LogGamma.value(n + 1);
    }

    private static void require(double v, String field, boolean zeroAllowed) {
        if (!Double.isFinite(v) || v < 0 || (!zeroAllowed && v == 0)) {
            throw new IllegalArgumentException(field + ": must be finite and " + (zeroAllowed ? ">= 0" : "> 0")
                    + ", got " + v);
        }
    }

    /** n observed, b +- sigmaB background, s signal at mu = 1. */
    public static PoissonGaussian of(double observed, double background, double backgroundError, double signal) {
        return new PoissonGaussian(observed, background, backgroundError, signal, 0.0);
    }

    /** The SModelS 1.2.x profile: sigma^2 = sigma_b^2 + (deltaS mu s)^2. */
    public PoissonGaussian withProfileSignalError(double deltaS) {
        return new PoissonGaussian(n, b, sigmaB, s, deltaS);
    }

    /** The same region with other observations (a priori: n := b). */
    public PoissonGaussian withObserved(double observed) {
        return new PoissonGaussian(observed, b, sigmaB, s, profileSignalError);
    }

    public double observed() {
        return n;
    }

    public double background() {
        return b;
    }

    public double backgroundError() {
        return sigmaB;
    }

    public double signal() {
        return s;
    }

    private double variance(double mu) {
        double es = profileSignalError * mu * s;
        return sigmaB * sigmaB + es * es;
    }

    /** theta-hat(mu): the closed-form profile, clipped to [-10 n, 10 n]. */
    public double thetaHat(double mu) {
        if (n == 0) {
            return 0.0;
        }
        double sigma2 = variance(mu);
        double nt = mu * s + b;
        // lambda = (n_t - sigma^2)/2 + sqrt((n_t - sigma^2)^2/4 + sigma^2 n) > 0 : the minimiser
        double half = 0.5 * (nt - sigma2);
        double lambda = half + Math.sqrt(half * half + sigma2 * n);
        double th = lambda - nt;
        return Math.min(10 * n, Math.max(-10 * n, th));
    }

    /** Profiled nll(mu). */
    public double nll(double mu) {
        double sigma2 = variance(mu);
        double th = thetaHat(mu);
        double lambda = mu * s + b + th;
        if (lambda <= 0) {
            lambda = 1e-30;
        }
        double pois = lambda - (n == 0 ? 0 : n * Math.log(lambda)) + lgam;
        return pois + th * th / (2 * sigma2) + 0.5 * Math.log(2 * Math.PI * sigma2);
    }

    public double likelihood(double mu) {
        return Math.exp(-nll(mu));
    }

    /** mu-hat = (n - b)/s, clipped at 0 unless negative signals are allowed (exact for the profile). */
    public double muHat(boolean allowNegative) {
        double m = (n - b) / s;
        return allowNegative || m > 0 ? m : 0.0;
    }

    /**
     * sigma_mu as SModelS: 1/sqrt(n s^2 / npred^2) at mu-hat (n := b if n = 0; npred = 0 -> 1; zero -> 1e-10).
     */
    public double sigmaMu(double mu) {
        double th = thetaHat(mu);
        double np = mu * s + b + th;
        if (np == 0.0) {
            np = 1.0;
        }
        double o = n == 0 ? b : n;
        double h = o * s * s / (np * np);
        if (h == 0.0 && n == 0) {
            h = s * s / np;
        }
        if (h == 0.0) {
            h = 1e-10;
        }
        return Math.sqrt(1.0 / h);
    }

    /** mu-hat, sigma_mu and nll(mu-hat). */
    public SimplifiedLikelihood.Lmax lmax(boolean allowNegative) {
        double m = muHat(allowNegative);
        return new SimplifiedLikelihood.Lmax(m, sigmaMu(m), nll(m));
    }

    /** -2 ln [L(1) / L(mu-hat >= 0)]. */
    public double chi2() {
        return 2 * (nll(1.0) - nll(muHat(false)));
    }

    /** The same region as a {@link SimplifiedLikelihood} (for CLs and upper limits). */
    public SimplifiedLikelihood toSimplifiedLikelihood() {
        if (profileSignalError != 0) {
            throw new IllegalStateException("the simplified likelihood has no signal error in the profile");
        }
        return SimplifiedLikelihood.of(ModelInput.singleRegion(n, b, sigmaB, s));
    }

    // ---------------------------------------------------------------------------------------------
    // marginalised (SModelS 2.2.1)

    /**
     * Marginalised likelihood of yield nsig = mu s: int_0^inf Poisson(n|x) N(x; b + nsig, sigma_tot) dx /
     * Phi((b + nsig)/sigma_tot), sigma_tot^2 = sigma_b^2 + (deltaRel nsig)^2. Adaptive quadrature to 1e-10.
     */
    public double marginalisedLikelihood(double mu, double deltaRel) {
        return marginalisedOfYield(mu * s, deltaRel);
    }

    public double marginalisedNll(double mu, double deltaRel) {
        return -Math.log(marginalisedLikelihood(mu, deltaRel));
    }

    /** 2.2.1's {@code lmax}: the marginalised likelihood at the yield max(n - b, 0)... */
    public double marginalisedLmax(double deltaRel) {
        return marginalisedOfYield(Math.max(n - b, 0), deltaRel);
    }

    /** ... and its {@code chi2}: 2 [nll(mu = 1) - nll(yield = n - b, unclipped)]. */
    public double marginalisedChi2(double deltaRel) {
        return 2 * (marginalisedNll(1.0, deltaRel) + Math.log(marginalisedOfYield(n - b, deltaRel)));
    }

    /**
     * 95% CL upper limit on mu from the marginalised likelihood, as SModelS 2.2.1 builds it
     * ({@code UpperLimitComputer.ulSigma(marginalize=True)} divided by s): mu-hat and the Asimov data
     * b + theta-hat(0) come from the profile, the nlls (nll0 at mu-hat, the Asimov nll0_A at its mu-hat) from the
     * marginalised likelihood; CLs asymptotic as in {@link AsymptoticCls}; the limit is the first downward crossing
     * of CLs = 0.05 above mu-hat. a priori: n := b; a posteriori: n := b + theta-hat(0).
     */
    public double marginalisedUpperLimit(double deltaRel, EvaluationType type) {
        return marginalisedUpperLimit(deltaRel, type, false);
    }

    /**
     * As {@link #marginalisedUpperLimit(double, EvaluationType)}; with {@code smodels221MuHat} the mu-hat of
     * SModelS 2.2.1 is reproduced: for n = 0 its bracketing search finds no sign change and returns its starting
     * value, one signal event (mu-hat = 1/s) instead of 0.
     */
    public double marginalisedUpperLimit(double deltaRel, EvaluationType type, boolean smodels221MuHat) {
        PoissonGaussian m = switch (type) {
            case OBSERVED -> this;
            case APRIORI -> withObserved(b);
            case APOSTERIORI -> withObserved(b + thetaHat(0));
        };
        if (!(s > 0)) {
            throw new IllegalArgumentException("signal is zero: no limit on mu can be set");
        }
        double muHat = smodels221MuHat && m.n == 0 && m.b > 0 ? 1 / s : m.muHat(false);
        double nll0 = m.marginalisedNll(muHat, deltaRel);
        PoissonGaussian asimov = m.withObserved(b + m.thetaHat(0));
        double muHatA = asimov.muHat(false);
        double nll0A = asimov.marginalisedNll(muHatA, deltaRel);
        DoubleUnaryOperator root = mu -> AsymptoticCls.clsFromNll(asimov.marginalisedNll(mu, deltaRel), nll0A,
                m.marginalisedNll(mu, deltaRel), nll0, false) - 0.05;
        double sigma = Math.min(Math.max(m.sigmaMu(muHat), 0.5), 100.);
        return Roots.firstDownCrossing(root, muHat, 0.5 * sigma, 1e6, 1e-10, 1e-10);
    }

    private double marginalisedOfYield(double nsig, double deltaRel) {
        double es = deltaRel * nsig;
        double sigma2 = sigmaB * sigmaB + es * es;
        double sigma = Math.sqrt(sigma2);
        double m = b + nsig;
        // mode of the integrand: x^2 - x (m - sigma^2) - n sigma^2 = 0
        double x0 = m - sigma2;
        double mode = n > 0 ? 0.5 * (x0 + Math.sqrt(x0 * x0 + 4 * n * sigma2)) : Math.max(0, x0);
        double width = n > 0 ? 1 / Math.sqrt(n / (mode * mode) + 1 / sigma2) : sigma;
        double logPeak = logIntegrand(mode, m, sigma);
        DoubleUnaryOperator f = x -> Math.exp(logIntegrand(x, m, sigma) - logPeak);
        double lo = Math.max(0, mode - 40 * width);
        double hi = mode + 40 * width + (n == 0 ? 40 * Math.min(1, sigma) : 0);
        double integral = Quadrature.adaptiveSimpson(f, lo, hi, 1e-8);
        double norm = 0.5 * (1 + Erf.value(m / Math.sqrt(2 * sigma2)));
        return Math.exp(logPeak) * integral / norm;
    }

    private double logIntegrand(double x, double m, double sigma) {
        if (x <= 0) {
            return n == 0 ? logGauss(0, m, sigma) : Double.NEGATIVE_INFINITY;
        }
        return (n == 0 ? 0 : n * Math.log(x)) - x - lgam + logGauss(x, m, sigma);
    }

    private static double logGauss(double x, double m, double sigma) {
        double z = (x - m) / sigma;
        return -0.5 * z * z - Math.log(sigma) - 0.5 * Math.log(2 * Math.PI);
    }

    @Override
    public String toString() {
        return "PoissonGaussian[n=" + n + ", b=" + b + "+-" + sigmaB + ", s=" + s + "]";
    }
}
