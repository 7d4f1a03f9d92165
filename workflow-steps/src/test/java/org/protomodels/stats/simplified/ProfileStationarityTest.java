package org.protomodels.stats.simplified;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On random SLv1/SLv2 models (fixed seeds) the profile is a constrained minimum: the central-difference gradient
 * of the unprofiled nll vanishes in every free direction, and no coordinate move lowers it.
 */
class ProfileStationarityTest {

    static ModelInput randomModel(UniformRandomProvider rng, int n, boolean skew) {
        double[] b = new double[n];
        double[] obs = new double[n];
        double[] s = new double[n];
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = 0.5 + 200 * Math.pow(rng.nextDouble(), 3);
            sd[i] = (0.05 + 0.4 * rng.nextDouble()) * b[i];
            obs[i] = Math.max(0, Math.round(b[i] + (rng.nextDouble() - 0.5) * 3 * Math.sqrt(b[i] + sd[i] * sd[i])));
            s[i] = 0.3 * b[i] * rng.nextDouble();
        }
        // correlation from a random factor model, made positive definite
        double[][] f = new double[n][2];
        for (int i = 0; i < n; i++) {
            f[i][0] = rng.nextDouble() * 2 - 1;
            f[i][1] = rng.nextDouble() * 2 - 1;
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            double ni = Math.sqrt(f[i][0] * f[i][0] + f[i][1] * f[i][1] + 0.5);
            for (int j = 0; j < n; j++) {
                double nj = Math.sqrt(f[j][0] * f[j][0] + f[j][1] * f[j][1] + 0.5);
                double r = i == j ? 1 : (f[i][0] * f[j][0] + f[i][1] * f[j][1]) / (ni * nj);
                v[i][j] = r * sd[i] * sd[j];
            }
        }
        double[] m3 = null;
        if (skew) {
            m3 = new double[n];
            for (int i = 0; i < n; i++) {
                double max = Math.sqrt(8 * Math.pow(v[i][i], 3));
                m3[i] = 0.3 * max * rng.nextDouble();
            }
        }
        return new ModelInput("random", java.util.List.of(), obs, b, v, m3, s, 0.2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void profile_randomModels_isStationaryMinimum(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (boolean skew : new boolean[] {false, true}) {
            int n = 2 + rng.nextInt(20);
            ModelInput in = randomModel(rng, n, skew);
            SimplifiedLikelihood sl;
            try {
                sl = SimplifiedLikelihood.of(in);
            } catch (org.protomodels.step.InvalidInputException e) {
                continue; // SLv2 correlations can be impossible for a random covariance
            }
            for (double mu : new double[] {0, 0.5, 2}) {
                double[] th = sl.thetaHat(mu);
                double f = sl.nllAt(mu, th);
                for (int i = 0; i < n; i++) {
                    double obs = in.observed()[i];
                    if (obs == 0) {
                        continue; // fixed at 0
                    }
                    double h = 1e-5 * Math.max(1, Math.abs(th[i]));
                    double[] p = th.clone();
                    double[] m = th.clone();
                    p[i] += h;
                    m[i] -= h;
                    double fp = sl.nllAt(mu, p);
                    double fm = sl.nllAt(mu, m);
                    String where = "seed " + seed + (skew ? " SLv2" : " SLv1") + " n=" + n + " mu=" + mu + " theta_" + i;
                    boolean atBound = Math.abs(th[i]) >= 10 * obs * (1 - 1e-12);
                    if (!atBound) {
                        double g = (fp - fm) / (2 * h);
                        double scale = 1 + Math.abs(f) * 1e-3;
                        assertTrue(Math.abs(g) < 1e-5 * scale, where + ": gradient " + g);
                    }
                    double tol = 1e-10 * Math.max(1, Math.abs(f));
                    assertTrue(fp >= f - tol && (atBound || fm >= f - tol), where + ": a coordinate move lowers nll");
                }
            }
        }
    }
}
