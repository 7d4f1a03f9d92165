package org.protomodels.stats.simplified;

import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;
import org.protomodels.stats.optim.Roots;

/**
 * Approximate likelihood of the signal strength from an observed and an expected 95% CL upper limit
 * (arXiv:1202.3415; physics-spec 4.1): a Gaussian in mu of width sigma_mu = E/1.96, centred at mu-hat,
 * truncated (normalised) to mu >= 0: L(mu) = phi((mu - mu-hat)/sigma) / sigma / Phi(mu-hat/sigma).
 * <ul>
 * <li>{@link Variant#SMODELS3} (default, SModelS 3.x {@code TruncatedGaussians}): if U > E the expected limit is
 * widened, E' = E / (1 - 0.6 (U - E)/(U + E)); mu-hat is the root of
 * [erf((U - mu)/D) + erf(mu/D)] / [1 + erf(mu/D)] - 0.95, D = sqrt(2) sigma; negative mu-hat allowed on request.</li>
 * <li>{@link Variant#PAPER2020} (protomodels v1, SModelS 1.2.x): no correction; if (U - E)/(U + E) > 0.338 the
 * observed limit is capped to E (1 + 0.338)/(1 - 0.338); if U < E then mu-hat = 0; root bracket [0, max(U, E)].</li>
 * </ul>
 * Immutable; mu-hat is computed once at construction.
 */
public final class TruncatedGaussian {
    /** The expected-limit correction factor of SModelS ({@code corr}). */
    public static final double SMODELS_CORRECTION = 0.6;
    /** The v1 cap on (U - E)/(U + E), about 2 sigma ({@code _drmax}). */
    public static final double PAPER2020_DRMAX = 0.338;
    private static final double CL = 0.95;

    /** Which published form. */
    public enum Variant {
        SMODELS3, PAPER2020
    }

    private final Variant variant;
    private final double upperLimit;
    private final double expectedUpperLimit;
    private final double sigmaMu;
    private final double denominator;
    private final double muHatSigned;
    private final double muHatNonNegative;

    private TruncatedGaussian(Variant variant, double ul, double eul, double corr) {
        if (!(ul > 0) || !Double.isFinite(ul)) {
            throw new IllegalArgumentException("upperLimit must be finite and > 0, got " + ul);
        }
        if (!(eul > 0) || !Double.isFinite(eul)) {
            throw new IllegalArgumentException("expectedUpperLimit must be finite and > 0, got " + eul);
        }
        if (!(corr >= 0 && corr < 1)) {
            throw new IllegalArgumentException("corr must be in [0, 1), got " + corr);
        }
        this.variant = variant;
        double u = ul;
        double e = eul;
        if (variant == Variant.SMODELS3) {
            if (corr > 0.0 && u > e) {
                e = e / (1.0 - corr * ((u - e) / (u + e)));
            }
        } else if ((u - e) / (u + e) > PAPER2020_DRMAX) {
            u = e * (1 + PAPER2020_DRMAX) / (1 - PAPER2020_DRMAX);
        }
        this.upperLimit = u;
        this.expectedUpperLimit = e;
        this.sigmaMu = e / 1.96; // eq. 3.24 of arXiv:1202.3415
        this.denominator = Math.sqrt(2.0) * sigmaMu;
        if (variant == Variant.SMODELS3) {
            if (u < e) {
                this.muHatSigned = findMuHat(-e, 1);
                this.muHatNonNegative = 0.0;
            } else {
                double m = findMuHat(-e, e);
                this.muHatSigned = m;
                this.muHatNonNegative = m;
            }
        } else {
            double m = u < e ? 0.0 : findMuHat(0, Math.max(u, e));
            this.muHatSigned = m;
            this.muHatNonNegative = m;
        }
    }

    /** SModelS 3.x form with the 0.6 correction; limits on mu. */
    public static TruncatedGaussian of(double upperLimitOnMu, double expectedUpperLimitOnMu) {
        return new TruncatedGaussian(Variant.SMODELS3, upperLimitOnMu, expectedUpperLimitOnMu, SMODELS_CORRECTION);
    }

    /** SModelS 3.x form with a given correction factor (0 = none). */
    public static TruncatedGaussian of(double upperLimitOnMu, double expectedUpperLimitOnMu, double corr) {
        return new TruncatedGaussian(Variant.SMODELS3, upperLimitOnMu, expectedUpperLimitOnMu, corr);
    }

    /** From limits on the cross section (fb) and the predicted signal cross section (fb): mu units. */
    public static TruncatedGaussian fromCrossSections(double ulXsec, double eulXsec, double signalXsec, Variant variant) {
        if (!(signalXsec > 0) || !Double.isFinite(signalXsec)) {
            throw new IllegalArgumentException("signal cross section must be finite and > 0, got " + signalXsec);
        }
        return new TruncatedGaussian(variant, ulXsec / signalXsec, eulXsec / signalXsec,
                variant == Variant.SMODELS3 ? SMODELS_CORRECTION : 0.0);
    }

    /** The v1 (2020 paper) form; the limits may be in mu or in yield units (the likelihood is then per unit). */
    public static TruncatedGaussian paper2020(double upperLimit, double expectedUpperLimit) {
        return new TruncatedGaussian(Variant.PAPER2020, upperLimit, expectedUpperLimit, 0.0);
    }

    public Variant variant() {
        return variant;
    }

    /** The observed limit used (capped in the v1 form). */
    public double upperLimit() {
        return upperLimit;
    }

    /** The expected limit used (corrected in the SModelS 3 form). */
    public double expectedUpperLimit() {
        return expectedUpperLimit;
    }

    public double sigmaMu() {
        return sigmaMu;
    }

    /** mu-hat, negative allowed (SModelS3) or clipped at 0. */
    public double muHat(boolean allowNegative) {
        return allowNegative ? muHatSigned : muHatNonNegative;
    }

    /** nll(mu) on the observed limits. */
    public double nll(double mu, boolean allowNegative) {
        return nllAround(mu, muHat(allowNegative));
    }

    /** nll(mu), negative mu-hat allowed (SModelS's default for this likelihood). */
    public double nll(double mu) {
        return nll(mu, true);
    }

    /** The normalised density L(mu) (can exceed 1). */
    public double likelihood(double mu, boolean allowNegative) {
        return Math.exp(-nll(mu, allowNegative));
    }

    public double likelihood(double mu) {
        return likelihood(mu, true);
    }

    /** nll for an evaluation type: a priori (and a posteriori) expected set mu-hat := 0. */
    public double nll(double mu, boolean allowNegative, EvaluationType type) {
        return type == EvaluationType.OBSERVED ? nll(mu, allowNegative) : nllAround(mu, 0.0);
    }

    /**
     * mu-hat, sigma_mu and the nll at mu-hat as SModelS's {@code lmax} reports them: the nll is that of the
     * (negative-allowed) observed likelihood evaluated at the (possibly clipped) mu-hat, so for a deficit with
     * negatives forbidden it is nll(0), not the maximum of a Gaussian centred at 0.
     */
    public Lmax lmax(boolean allowNegative) {
        double m = muHat(allowNegative);
        return new Lmax(m, sigmaMu, nll(m, true));
    }

    /** chi2 = 2 (nll(1) - nll(mu-hat)), negative mu-hat allowed. */
    public double chi2() {
        return 2 * (nll(1.0) - lmax(true).nllMin());
    }

    /** mu-hat, sigma_mu and the nll at mu-hat. */
    public record Lmax(double muHat, double sigmaMu, double nllMin) {
        public double likelihood() {
            return Math.exp(-nllMin);
        }
    }

    private double nllAround(double mu, double center) {
        double z = center / sigmaMu;
        double logArea = Math.log(0.5 * Erfc.value(-z / Math.sqrt(2)));
        double d = (mu - center) / sigmaMu;
        double logPdf = -0.5 * d * d - Math.log(sigmaMu) - 0.5 * Math.log(2 * Math.PI);
        return logArea - logPdf;
    }

    private double rootFunction(double mu) {
        double num = Erf.value((upperLimit - mu) / denominator) + Erf.value(mu / denominator);
        double den = 1.0 + Erf.value(mu / denominator);
        if (den == 0.0 && Math.abs(num - den) <= 1e-8) {
            return 1. - CL; // 0/0 taken as 1
        }
        return num / den - CL;
    }

    private double findMuHat(double xa, double xb) {
        double ra = rootFunction(xa);
        double rb = rootFunction(xb);
        int c = 0;
        while (ra * rb > 0) {
            if (++c > 10) {
                throw new IllegalStateException("truncated Gaussian: cannot bracket mu-hat for ul=" + upperLimit
                        + ", eul=" + expectedUpperLimit);
            }
            while (ra < 0.) {
                xa = xa - 1.5 * Math.abs(xa) - .3;
                ra = rootFunction(xa);
            }
            while (rb > 0.) {
                xb = xb + 1.5 * Math.abs(xb) + .3;
                rb = rootFunction(xb);
            }
        }
        return Roots.brent(this::rootFunction, xa, xb, ra, rb, 1e-14, 1e-14, 300);
    }

    @Override
    public String toString() {
        return "TruncatedGaussian[" + variant + ", U=" + upperLimit + ", E=" + expectedUpperLimit + ", muHat="
                + muHatSigned + "]";
    }
}
