package org.protomodels.stats.modifier;

/**
 * staterror constraint widths as pyhf (>= 0.7, with the issue-1720 fix): per bin, the relative uncertainty is
 * sqrt(sum_s unc_s^2) / sum_s nom_s where both sums run over the samples that carry this staterror only. A bin
 * with zero width gets sigma 1 and a fixed parameter (so the constraint stays finite).
 */
public final class StatErrorSigmas {
    private StatErrorSigmas() {
    }

    /**
     * @param nominal [sample][bin] nominal yields of the carrying samples over the covered bins
     * @param uncertainty [sample][bin] absolute uncertainties, same layout
     * @return relative widths per covered bin (0 where undefined)
     */
    public static double[] relativeWidths(double[][] nominal, double[][] uncertainty) {
        int nb = nominal.length == 0 ? 0 : nominal[0].length;
        double[] w = new double[nb];
        for (int b = 0; b < nb; b++) {
            double sumNom = 0;
            for (double[] n : nominal) {
                sumNom += n[b];
            }
            double sum2 = 0;
            if (sumNom > 0) {
                for (double[] u : uncertainty) {
                    double r = u[b] / sumNom;
                    sum2 += r * r;
                }
            }
            w[b] = Math.sqrt(sum2);
        }
        return w;
    }
}
