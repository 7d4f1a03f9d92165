package org.protomodels.stats.simplified;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The SModelS-style likelihoods on the cases of docs/anchors.md (single SR small/medium/large; the 10x10 SLv1,
 * 3-SR SLv2 and 22-SR CMS-SUS-20-004 SLv2 cases read from the golden folder, -Dprotomodels.shared, default
 * ../shared; a synthetic stand-in if absent). Run: java -jar workflow-steps/target/benchmarks.jar Simplified
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SimplifiedLikelihoodBenchmark {

    /** One signal region, as in anchors.md: small(3;1.2+-0.24;s=3), medium(50;40+-8;s=15), large(5000;4700+-470;s=300). */
    @State(Scope.Thread)
    public static class SingleRegion {
        @Param({"small", "medium", "large"})
        public String size;
        PoissonGaussian pg;
        SimplifiedLikelihood sl;

        @Setup
        public void setup() {
            pg = switch (size) {
                case "small" -> PoissonGaussian.of(3, 1.2, 0.24, 3);
                case "medium" -> PoissonGaussian.of(50, 40, 8, 15);
                default -> PoissonGaussian.of(5000, 4700, 470, 300);
            };
            sl = pg.toSimplifiedLikelihood();
        }
    }

    /** Multi-region cases from golden/smodels_multi_sr.json. */
    @State(Scope.Thread)
    public static class MultiRegion {
        @Param({"slv1_10x10_b", "slv2_3sr_b", "slv2_cms_sus_20_004_flat"})
        public String id;
        SimplifiedLikelihood sl;

        @Setup
        public void setup() throws IOException {
            sl = SimplifiedLikelihood.of(load(id));
        }
    }

    static ModelInput load(String id) throws IOException {
        File f = new File(System.getProperty("protomodels.shared", "../shared"), "golden/smodels_multi_sr.json");
        if (!f.exists()) {
            f = new File("../shared/golden/smodels_multi_sr.json");
        }
        if (f.exists()) {
            for (JsonNode c : new ObjectMapper().readTree(f).get("cases")) {
                if (c.get("id").asText().equals(id)) {
                    JsonNode in = c.get("input");
                    JsonNode m3 = in.get("third_moment");
                    return new ModelInput(id, List.of(), vec(in.get("observed")), vec(in.get("backgrounds")),
                            mat(in.get("covariance")), m3 == null || m3.isNull() ? null : vec(m3),
                            vec(in.get("nsignal")), 0.2);
                }
            }
        }
        System.err.println("golden case " + id + " not found: using a synthetic 10x10 SLv1 model");
        int n = 10;
        double[] obs = new double[n];
        double[] bkg = new double[n];
        double[] sig = new double[n];
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            bkg[i] = 5 + 3 * i;
            obs[i] = Math.round(bkg[i] + (i % 3 - 1) * Math.sqrt(bkg[i]));
            sig[i] = 1 + 0.3 * i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // AR(1) correlations 0.5^|i-j|, 25% relative errors: positive definite
                cov[i][j] = Math.pow(0.5, Math.abs(i - j)) * 0.25 * bkg[i] * 0.25 * bkg[j];
            }
        }
        return ModelInput.of(obs, bkg, cov, sig);
    }

    static double[] vec(JsonNode n) {
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).asDouble();
        }
        return v;
    }

    static double[][] mat(JsonNode n) {
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vec(n.get(i));
        }
        return m;
    }

    // ---- single region ------------------------------------------------------------------------

    @Benchmark
    public double singleRegionNllClosedForm(SingleRegion s) {
        return s.pg.nll(1.0);
    }

    @Benchmark
    public double singleRegionNllNewton(SingleRegion s) {
        return s.sl.nll(1.0);
    }

    @Benchmark
    public SimplifiedLikelihood.Lmax singleRegionLmax(SingleRegion s) {
        return s.sl.lmax(false);
    }

    @Benchmark
    public double singleRegionUpperLimitObserved(SingleRegion s) {
        return AsymptoticCls.of(s.sl, EvaluationType.OBSERVED).upperLimit();
    }

    @Benchmark
    public double singleRegionUpperLimitExpectedApriori(SingleRegion s) {
        return AsymptoticCls.of(s.sl, EvaluationType.APRIORI).upperLimit();
    }

    // ---- several regions ----------------------------------------------------------------------

    @Benchmark
    public double multiRegionNll(MultiRegion m) {
        return m.sl.nll(1.0);
    }

    @Benchmark
    public double multiRegionMuHat(MultiRegion m) {
        return m.sl.muHat(false);
    }

    @Benchmark
    public double multiRegionUpperLimitObserved(MultiRegion m) {
        return AsymptoticCls.of(m.sl, EvaluationType.OBSERVED).upperLimit();
    }

    // ---- truncated Gaussian (construct + call, as the anchor) ------------------------------------

    @Benchmark
    public double truncatedGaussianLikelihood() {
        return TruncatedGaussian.of(1.5, 1.0).likelihood(1.0);
    }

    @Benchmark
    public TruncatedGaussian.Lmax truncatedGaussianLmax() {
        return TruncatedGaussian.of(1.5, 1.0).lmax(true);
    }
}
