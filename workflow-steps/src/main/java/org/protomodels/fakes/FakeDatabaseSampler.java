package org.protomodels.fakes;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.protomodels.database.Analysis;
import org.protomodels.database.CovarianceMatrix;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;
import org.protomodels.database.Grid;
import org.protomodels.database.ObservationOverlay;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.database.TxName;
import org.protomodels.stats.simplified.SecondOrder;

/**
 * Standard-Model-only fake databases sampled from each result's background model (spec 8.1), with every
 * background uncertainty scaled by the fudge factor f:
 * <ul>
 *   <li>single signal regions: n ~ Poisson(max(0, Normal(b, f sigma_b))), with a third moment m3 the expectation
 *       is skewed by f^3 m3 (lambda - b)^2 / (f sigma_b)^4 as the reference does;</li>
 *   <li>analyses with a covariance: theta ~ MVN(0, f^2 V) drawn once per analysis, lambda_i = max(0, b_i + theta_i)
 *       (SLv2: A_i + theta_i + C_i theta_i^2 / B_i^2 with the third moments scaled by f^3), n_i ~ Poisson(lambda_i);</li>
 *   <li>upper-limit maps with an expected map: one x ~ f N(0,1) per map, observed := expected (1 + x/1.96),
 *       redrawn (at most 10 times) while any limit would be <= 0.</li>
 * </ul>
 * Draws follow the database's (sorted) order, so a random stream gives the same fake on every machine.
 */
public final class FakeDatabaseSampler {
    private final Database original;
    private final String originalSha256;
    private final double fudge;
    /** Cholesky factors of f^2 V per analysis with a covariance, computed once. */
    private final Map<String, double[][]> cholesky = new HashMap<>();

    private FakeDatabaseSampler(Database original, String originalSha256, double fudge) {
        if (!(fudge > 0) || !Double.isFinite(fudge)) {
            throw new IllegalArgumentException("fudge: must be > 0, got " + fudge);
        }
        this.original = original;
        this.originalSha256 = originalSha256;
        this.fudge = fudge;
        for (Analysis a : original.analyses()) {
            if (a.covariance() != null) {
                cholesky.put(a.id(), cholesky(a.covariance(), fudge * fudge));
            }
        }
    }

    public static FakeDatabaseSampler of(Database original, String originalSha256, double fudge) {
        return new FakeDatabaseSampler(original, originalSha256, fudge);
    }

    /**
     * Draws fake number {@code index} from {@code rng} (the caller gives every fake its own stream);
     * {@code original} is the original database file's path relative to where the fake will be written.
     */
    public ObservationOverlay sample(int index, long seed, String originalFile, UniformRandomProvider rng) {
        NormalizedGaussianSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        Map<String, Double> counts = new HashMap<>();
        Map<String, Double> shifts = new HashMap<>();
        for (Analysis a : original.analyses()) {
            if (a.covariance() != null) {
                sampleCorrelated(a, gauss, rng, counts);
            }
            for (DataSet d : a.datasets()) {
                String label = a.id() + ":" + d.id();
                if (d.dataType() == DataType.EFFICIENCY_MAP && !counts.containsKey(label)) {
                    counts.put(label, (double) sampleSingle(d.counts(), gauss, rng));
                }
                for (TxName t : d.txNames()) {
                    if (t.expectedUpperLimits() != null) {
                        shifts.put(label + ":" + t.name(), sampleShift(t.expectedUpperLimits(), gauss));
                    }
                }
            }
        }
        Map<String, Object> provenance = new java.util.TreeMap<>();
        provenance.put("kind", "sm-fake");
        provenance.put("index", index);
        provenance.put("seed", seed);
        provenance.put("fudge", fudge);
        return new ObservationOverlay(ObservationOverlay.KIND, ObservationOverlay.VERSION, originalFile, originalSha256,
                provenance, counts, shifts);
    }

    private long sampleSingle(SignalRegionCounts c, NormalizedGaussianSampler gauss, UniformRandomProvider rng) {
        double sigma = fudge * c.bgError();
        double lambda = c.expectedBG() + sigma * gauss.sample();
        if (c.thirdMoment() != null && sigma > 0) {
            double d = lambda - c.expectedBG();
            lambda += Math.pow(fudge, 3) * c.thirdMoment() * d * d / Math.pow(sigma, 4);
        }
        return poisson(rng, Math.max(0, lambda));
    }

    private void sampleCorrelated(Analysis a, NormalizedGaussianSampler gauss, UniformRandomProvider rng,
                                  Map<String, Double> counts) {
        CovarianceMatrix cov = a.covariance();
        double[][] l = cholesky.get(a.id());
        int n = cov.size();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = gauss.sample();
        }
        for (int i = 0; i < n; i++) {
            double theta = 0;
            for (int k = 0; k <= i; k++) {
                theta += l[i][k] * z[k];
            }
            DataSet d = a.dataset(cov.datasetOrder().get(i));
            SignalRegionCounts c = d.counts();
            double lambda;
            if (c.thirdMoment() != null) {
                double m2 = fudge * fudge * cov.matrix()[i][i];
                double m3 = Math.pow(fudge, 3) * c.thirdMoment();
                double[] abc = SecondOrder.coefficients(c.expectedBG(), m2, m3);
                lambda = abc[0] + theta + abc[2] * theta * theta / (abc[1] * abc[1]);
            } else {
                lambda = c.expectedBG() + theta;
            }
            counts.put(a.id() + ":" + d.id(), (double) poisson(rng, Math.max(0, lambda)));
        }
    }

    private double sampleShift(Grid expected, NormalizedGaussianSampler gauss) {
        double x = 0;
        for (int attempt = 0; attempt < 10; attempt++) {
            x = fudge * gauss.sample();
            if (x > -1.96) {
                return x; // every observed limit y_exp (1 + x/1.96) stays > 0
            }
        }
        return x;
    }

    private static long poisson(UniformRandomProvider rng, double mean) {
        return mean <= 0 ? 0 : PoissonSampler.of(rng, mean).sample();
    }

    static double[][] cholesky(CovarianceMatrix cov, double scale) {
        int n = cov.size();
        double[][] a = cov.matrix();
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = scale * a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            l[j][j] = Math.sqrt(d); // positive definite: checked when the matrix was read
            for (int i = j + 1; i < n; i++) {
                double s = scale * a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }
}
