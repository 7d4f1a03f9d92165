package org.protomodels.pvalues;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The global p-value of the observed best K against the best K of the Standard-Model fakes (spec 9.1):
 * empirical (fraction of fakes with K >= K_obs) and from a Gaussian kernel density estimate with Scott's
 * bandwidth h = s n^(-1/5) (s the sample standard deviation, as scipy's gaussian_kde), each with its
 * Monte-Carlo uncertainty. No look-elsewhere correction is needed: the fakes went through the same search.
 */
public record GlobalPValue(double observedK, int fakes, double empirical, double empiricalError, double kde,
                           double kdeError, double bandwidth) {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    public static GlobalPValue of(double observedK, double[] fakeK) {
        if (!Double.isFinite(observedK)) {
            throw new IllegalArgumentException("observedK: must be finite, got " + observedK);
        }
        double[] k = fakeK.clone();
        int n = k.length;
        if (n < 2) {
            throw new IllegalArgumentException("fakeK: need at least 2 fakes for a p-value, got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(k[i])) {
                throw new IllegalArgumentException("fakeK/" + i + ": must be finite, got " + k[i]);
            }
        }
        Arrays.sort(k); // a fixed summation order: same inputs, same digits
        int above = 0;
        double mean = 0;
        for (double v : k) {
            above += v >= observedK ? 1 : 0;
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : k) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double h = sd * Math.pow(n, -0.2);
        double empirical = (double) above / n;
        double empiricalError = Math.sqrt(Math.max(empirical * (1 - empirical), 1.0 / n) / n);
        double kde;
        double kdeError;
        if (h > 0) {
            double sum = 0;
            double sum2 = 0;
            for (double v : k) {
                double t = STANDARD.survivalProbability((observedK - v) / h);
                sum += t;
                sum2 += t * t;
            }
            kde = sum / n;
            kdeError = Math.sqrt(Math.max(0, sum2 / n - kde * kde) / n);
        } else {
            kde = empirical;
            kdeError = empiricalError;
        }
        return new GlobalPValue(observedK, n, empirical, empiricalError, kde, kdeError, h);
    }

    /** The significance of the KDE p-value, Z = -Phi^{-1}(p). */
    public double significance() {
        return -STANDARD.inverseCumulativeProbability(Math.min(1, Math.max(kde, Double.MIN_NORMAL)));
    }
}
