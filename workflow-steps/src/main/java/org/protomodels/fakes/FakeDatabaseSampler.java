package org.protomodels.fakes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 *   <li>analyses with pyhf workspaces (when given): their background-only model, see {@link PyhfBackground}.</li>
 * </ul>
 * With an injected signal (spec 8.2) every efficiency-map region (single, covariance or pyhf) gets
 * n += Poisson(s) (or s itself with fixed signals; skipped when the drawn s is 0 or s/n_bg < 1e-3), and every
 * point of an upper-limit map within {@code maxMassDistance} of a signal cluster's masses gets
 * y_obs = y_ref + sigma_pred (y_ref the expected limit when the expected map has the same points, else the fake's
 * observed limit; several clusters near one point add their sigma).
 * Draws follow the database's (sorted) order, so a random stream gives the same fake on every machine.
 */
public final class FakeDatabaseSampler {
    /** Injected signals smaller than this fraction of the background count are skipped (as the reference). */
    static final double MIN_SIGNAL_FRACTION = 1e-3;
    private final Database original;
    private final String originalSha256;
    private final FakeSettings settings;
    private final double fudge;
    private final InjectedSignal signal;
    /** Cholesky factors of f^2 V per analysis with a covariance, computed once. */
    private final Map<String, double[][]> cholesky = new HashMap<>();
    /** Background-only pyhf models per analysis id. */
    private final Map<String, List<PyhfBackground>> workspaces;
    /** The raised upper-limit map points: the same in every fake (they do not depend on the draws). */
    private final Map<String, Map<String, Double>> injectedLimits;

    private FakeDatabaseSampler(Database original, String originalSha256, FakeSettings settings,
                                Map<String, List<PyhfBackground>> workspaces, InjectedSignal signal) {
        this.original = original;
        this.originalSha256 = originalSha256;
        this.settings = settings;
        this.fudge = settings.fudge();
        this.workspaces = workspaces == null ? Map.of() : Map.copyOf(workspaces);
        this.signal = signal;
        for (Analysis a : original.analyses()) {
            if (a.covariance() != null) {
                cholesky.put(a.id(), cholesky(a.covariance(), fudge * fudge));
            }
        }
        this.injectedLimits = signal == null ? Map.of() : injectedLimits();
    }

    public static FakeDatabaseSampler of(Database original, String originalSha256, double fudge) {
        return new FakeDatabaseSampler(original, originalSha256, FakeSettings.of(fudge), Map.of(), null);
    }

    /**
     * With the pyhf models of the analyses that have workspaces ({@code workspaces}: analysis id -> models) and
     * an optional injected signal (null: SM only).
     */
    public static FakeDatabaseSampler of(Database original, String originalSha256, FakeSettings settings,
                                         Map<String, List<PyhfBackground>> workspaces, InjectedSignal signal) {
        java.util.Objects.requireNonNull(settings, "settings");
        return new FakeDatabaseSampler(original, originalSha256, settings, workspaces, signal);
    }

    /**
     * Draws fake number {@code index} from {@code rng} (the caller gives every fake its own stream);
     * {@code original} is the original database file's path relative to where the fake will be written.
     */
    public ObservationOverlay sample(int index, long seed, String originalFile, UniformRandomProvider rng) {
        NormalizedGaussianSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        Map<String, Double> counts = new HashMap<>();
        Map<String, Double> shifts = new HashMap<>();
        Map<String, Map<String, double[]>> wsData = new TreeMap<>();
        for (Analysis a : original.analyses()) {
            Map<String, PyhfBackground.Sample> pyhf = new HashMap<>();
            List<PyhfBackground> models = workspaces.getOrDefault(a.id(), List.of());
            List<PyhfBackground.Sample> samples = new ArrayList<>();
            for (PyhfBackground m : models) {
                PyhfBackground.Sample s = m.sample(rng, gauss, fudge, settings.fixedBackgrounds());
                samples.add(s);
                for (String region : m.regions()) {
                    if (!pyhf.containsKey(region)) {
                        pyhf.put(region, s);
                        counts.put(a.id() + ":" + region, s.count(region));
                    }
                }
            }
            if (a.covariance() != null && models.isEmpty()) {
                sampleCorrelated(a, gauss, rng, counts);
            }
            for (DataSet d : a.datasets()) {
                String label = a.id() + ":" + d.id();
                if (d.dataType() == DataType.EFFICIENCY_MAP && !counts.containsKey(label)) {
                    counts.put(label, sampleSingle(d.counts(), gauss, rng));
                }
                for (TxName t : d.txNames()) {
                    if (t.expectedUpperLimits() != null) {
                        shifts.put(label + ":" + t.name(), settings.fixedBackgrounds() ? 0.0 : sampleShift(gauss));
                    }
                }
            }
            if (signal != null) {
                for (DataSet d : a.datasets()) {
                    String label = a.id() + ":" + d.id();
                    Double lambda = signal.yields().get(label);
                    if (d.dataType() != DataType.EFFICIENCY_MAP || lambda == null) {
                        continue;
                    }
                    double s = settings.fixedSignals() ? lambda : poisson(rng, lambda);
                    double bg = counts.get(label);
                    if (s == 0 || s / bg < MIN_SIGNAL_FRACTION) {
                        continue;
                    }
                    counts.put(label, bg + s);
                    PyhfBackground.Sample ps = pyhf.get(d.id());
                    if (ps != null) {
                        ps.add(d.id(), s);
                    }
                }
            }
            for (int k = 0; k < models.size(); k++) {
                wsData.put(models.get(k).path(), samples.get(k).asMap());
            }
        }
        Map<String, Object> provenance = new TreeMap<>();
        provenance.put("kind", signal == null ? "sm-fake" : "injected");
        provenance.put("index", index);
        provenance.put("seed", seed);
        provenance.put("fudge", fudge);
        provenance.put("fixedBackgrounds", settings.fixedBackgrounds());
        provenance.put("fixedSignals", settings.fixedSignals());
        provenance.put("maxMassDistance", settings.maxMassDistance());
        if (signal != null) {
            Map<String, Object> pm = new TreeMap<>();
            pm.put("file", signal.file());
            pm.put("index", signal.index());
            pm.put("sha256", signal.sha256());
            provenance.put("protomodel", pm);
        }
        return new ObservationOverlay(ObservationOverlay.KIND, ObservationOverlay.VERSION, originalFile, originalSha256,
                provenance, counts, shifts, injectedLimits, wsData);
    }

    /**
     * Upper-limit map points near the injected signal's masses, raised by the predicted sigma x BR. A map with an
     * expected map is, in the fake, the expected map's points (shifted), so y_ref is the expected limit there;
     * a map without one keeps its real observed points and y_ref is the real observed limit.
     */
    private Map<String, Map<String, Double>> injectedLimits() {
        Map<String, double[]> added = new TreeMap<>();
        Map<String, Grid> grids = new HashMap<>();
        for (InjectedSignal.MapSignal ms : signal.maps()) {
            TxName t = txName(ms.map());
            if (t == null || t.upperLimits() == null) {
                continue;
            }
            Grid g = t.expectedUpperLimits() != null ? t.expectedUpperLimits() : t.upperLimits();
            grids.put(ms.map(), g);
            double[] sum = added.computeIfAbsent(ms.map(), k -> new double[g.size()]);
            for (int i = 0; i < g.size(); i++) {
                if (massDistance(g, g.points()[i], ms.masses()) <= settings.maxMassDistance()) {
                    sum[i] += ms.sigmaFb();
                }
            }
        }
        Map<String, Map<String, Double>> out = new TreeMap<>();
        for (var e : added.entrySet()) {
            Grid g = grids.get(e.getKey());
            Map<String, Double> points = new TreeMap<>();
            for (int i = 0; i < g.size(); i++) {
                if (e.getValue()[i] > 0) {
                    points.put(Integer.toString(i), g.values()[i] + e.getValue()[i]);
                }
            }
            if (!points.isEmpty()) {
                out.put(e.getKey(), points);
            }
        }
        return out;
    }

    /** Euclidean distance (GeV) over the mass coordinates of a map; widths and other variables do not count. */
    static double massDistance(Grid g, double[] point, double[] masses) {
        if (masses.length != point.length) {
            return Double.POSITIVE_INFINITY;
        }
        double d2 = 0;
        for (int j = 0; j < point.length; j++) {
            if ("mass".equals(g.axes().get(j).property())) {
                double d = point[j] - masses[j];
                d2 += d * d;
            }
        }
        return Math.sqrt(d2);
    }

    private TxName txName(String key) {
        String[] parts = key.split(":");
        if (parts.length < 3) {
            return null;
        }
        String txName = parts[parts.length - 1];
        String dataset = parts[parts.length - 2];
        String analysis = key.substring(0, key.length() - txName.length() - dataset.length() - 2);
        for (Analysis a : original.analyses()) {
            if (a.id().equals(analysis)) {
                DataSet d = a.dataset(dataset);
                if (d != null) {
                    for (TxName t : d.txNames()) {
                        if (t.name().equals(txName)) {
                            return t;
                        }
                    }
                }
            }
        }
        return null;
    }

    private double sampleSingle(SignalRegionCounts c, NormalizedGaussianSampler gauss, UniformRandomProvider rng) {
        if (settings.fixedBackgrounds()) {
            return c.expectedBG();
        }
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
        if (settings.fixedBackgrounds()) {
            for (String id : cov.datasetOrder()) {
                counts.put(a.id() + ":" + id, a.dataset(id).counts().expectedBG());
            }
            return;
        }
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
            counts.put(a.id() + ":" + d.id(), poisson(rng, Math.max(0, lambda)));
        }
    }

    private double sampleShift(NormalizedGaussianSampler gauss) {
        double x = 0;
        for (int attempt = 0; attempt < 10; attempt++) {
            x = fudge * gauss.sample();
            if (x > -1.96) {
                return x; // every observed limit y_exp (1 + x/1.96) stays > 0
            }
        }
        return x;
    }

    private static double poisson(UniformRandomProvider rng, double mean) {
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
