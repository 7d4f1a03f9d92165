package org.protomodels.pvalues;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The p-value of one signal region's count (spec 9.2): p = P(N > n) + P(N = n)/2 with N ~ Poisson(lambda) and
 * the expectation lambda uncertain, lambda ~ Normal(mu, sigma) truncated to lambda > 0, where mu = b under the
 * SM hypothesis and b + s under a signal hypothesis. The reference estimates this integral with 50 000+
 * Monte-Carlo toys; here it is integrated numerically (Gauss-Legendre on a truncated range, relative
 * accuracy far below the reference's MC noise), so the same inputs give the same digits every time.
 *
 * <p>Z = -Phi^{-1}(p) (spec 9.3).
 */
public final class RegionPValue {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
    /** Gauss-Legendre nodes and weights on [-1, 1] (64 points), computed once. */
    private static final double[] NODES = new double[64];
    private static final double[] WEIGHTS = new double[64];

    static {
        gaussLegendre(NODES, WEIGHTS);
    }

    private RegionPValue() {
    }

    /** p-value of {@code observed} events for an expectation {@code mean} +- {@code sigma} (truncated at 0). */
    public static double of(double observed, double mean, double sigma) {
        if (!(observed >= 0) || !Double.isFinite(observed)) {
            throw new IllegalArgumentException("observed: must be a finite count >= 0, got " + observed);
        }
        if (!Double.isFinite(mean) || !(sigma >= 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("mean/sigma: must be finite with sigma >= 0, got " + mean + " +- " + sigma);
        }
        if (sigma == 0) {
            return Math.max(0, mean) == 0 ? (observed == 0 ? 0.5 : 0) : midP(observed, mean);
        }
        // integrate over lambda in [max(0, mean - 9 sigma), mean + 9 sigma], split in panels for accuracy
        double lo = Math.max(0, mean - 9 * sigma);
        double hi = mean + 9 * sigma;
        if (hi <= 0) {
            return observed == 0 ? 0.5 : 0;
        }
        int panels = 16;
        double num = 0;
        double norm = 0;
        double width = (hi - lo) / panels;
        for (int k = 0; k < panels; k++) {
            double a = lo + k * width;
            double half = width / 2;
            double mid = a + half;
            for (int i = 0; i < NODES.length; i++) {
                double lambda = mid + half * NODES[i];
                double z = (lambda - mean) / sigma;
                double g = WEIGHTS[i] * half * Math.exp(-0.5 * z * z);
                num += g * midP(observed, lambda);
                norm += g;
            }
        }
        return clamp(num / norm);
    }

    /** Z = -Phi^{-1}(p). */
    public static double significance(double p) {
        return -STANDARD.inverseCumulativeProbability(p);
    }

    /** P(N > n) + P(N = n)/2 for N ~ Poisson(lambda); non-integer n via the continuous gamma form. */
    static double midP(double n, double lambda) {
        if (lambda <= 0) {
            return n == 0 ? 0.5 : 0;
        }
        // P(N > n) = P(N >= n+1) = regularised lower gamma P(n+1, lambda)
        double tail = RegularizedGamma.P.value(n + 1, lambda);
        double pmf = Math.exp(n * Math.log(lambda) - lambda - LogGamma.value(n + 1));
        return tail + 0.5 * pmf;
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }

    private static void gaussLegendre(double[] x, double[] w) {
        int n = x.length;
        for (int i = 0; i < (n + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double pp;
            double z1;
            do {
                double p1 = 1;
                double p2 = 0;
                for (int j = 0; j < n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2 * j + 1) * z * p2 - j * p3) / (j + 1);
                }
                pp = n * (z * p1 - p2) / (z * z - 1);
                z1 = z;
                z = z1 - p1 / pp;
            } while (Math.abs(z - z1) > 1e-15);
            x[i] = -z;
            x[n - 1 - i] = z;
            w[i] = 2 / ((1 - z * z) * pp * pp);
            w[n - 1 - i] = w[i];
        }
    }
}
