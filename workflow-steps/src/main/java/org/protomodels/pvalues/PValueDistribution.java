package org.protomodels.pvalues;

import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The meta-statistic: how the region p-values are distributed. Flat if the data follow the hypothesis; the
 * weighted mean is then 0.5 +- sqrt(1/(12 N_eff)). {@code flatness} is the chi-square probability of the
 * unweighted histogram against a flat one.
 */
public record PValueDistribution(int regions, double effectiveRegions, double[] binEdges, double[] weightedCounts,
                                 int[] counts, double weightedMean, double expectedMeanError, double chiSquare,
                                 double flatness) {
    public static final int BINS = 10;

    public static PValueDistribution of(List<RegionPValues.Region> regions) {
        double[] edges = new double[BINS + 1];
        for (int i = 0; i <= BINS; i++) {
            edges[i] = (double) i / BINS;
        }
        double[] w = new double[BINS];
        int[] c = new int[BINS];
        double sw = 0;
        double sw2 = 0;
        double swp = 0;
        for (RegionPValues.Region r : regions) {
            int bin = Math.min(BINS - 1, (int) (r.p() * BINS));
            w[bin] += r.weight();
            c[bin]++;
            sw += r.weight();
            sw2 += r.weight() * r.weight();
            swp += r.weight() * r.p();
        }
        int n = regions.size();
        double nEff = sw2 > 0 ? sw * sw / sw2 : 0;
        double mean = sw > 0 ? swp / sw : Double.NaN;
        double chi2 = 0;
        double expected = (double) n / BINS;
        for (int k : c) {
            chi2 += expected > 0 ? (k - expected) * (k - expected) / expected : 0;
        }
        double flat = n > 0 ? ChiSquaredDistribution.of(BINS - 1).survivalProbability(chi2) : Double.NaN;
        return new PValueDistribution(n, nEff, edges, w, c, mean, nEff > 0 ? Math.sqrt(1 / (12 * nEff)) : Double.NaN,
                chi2, flat);
    }
}
