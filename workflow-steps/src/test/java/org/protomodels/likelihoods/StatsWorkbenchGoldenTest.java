package org.protomodels.likelihoods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.protomodels.testing.Assertions2.assertRelClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protomodels.io.Json;
import org.protomodels.stats.simplified.ModelInput;
import org.protomodels.stats.simplified.TruncatedGaussian;
import org.protomodels.step.UsageException;
import org.protomodels.testing.SharedData;

/**
 * The workbench against the golden SModelS 3.1.1 numbers (golden/README.md tolerances): profiled nll 1e-7 rel,
 * mu-hat 1e-4 abs, the converged-mu-hat CLs 1e-5 abs and limits 1e-5 rel; truncated Gaussians 1e-7 rel.
 */
class StatsWorkbenchGoldenTest {
    static final double[] MUS = {0, 1};

    static List<JsonNode> cases(String file) {
        List<JsonNode> out = new ArrayList<>();
        Json.readTree(SharedData.require("golden/" + file)).get("cases").forEach(out::add);
        return out;
    }

    static Stream<JsonNode> singleRegion() {
        return cases("smodels_single_sr.json").stream();
    }

    static Stream<JsonNode> truncated() {
        // the stats-model document has the SModelS 3 form with its correction 0.6 only
        return cases("smodels_truncated_gaussian.json").stream()
                .filter(c -> c.get("input").get("corr").asDouble() == TruncatedGaussian.SMODELS_CORRECTION);
    }

    static double[] vec(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleRegion")
    void evaluate_singleRegionGolden_matchesSmodels311(JsonNode c) {
        JsonNode in = c.get("input");
        JsonNode g = c.get("profiled_smodels_3_1_1");
        String ref = "golden smodels_single_sr " + c.get("id").asText() + " ";
        double err = in.get("bkgerr").asDouble();
        StatsModel m = new StatsModel.PoissonGauss(new ModelInput("golden", List.of(), new double[] {in.get("nobs").asDouble()},
                new double[] {in.get("bkg").asDouble()}, new double[][] {{err * err}}, null,
                new double[] {in.get("nsig").asDouble()}, 0.0));
        StatsResult r = StatsWorkbench.of(false, false).evaluate(m, MUS);
        assertRelClose(g.get("nll_mu1").asDouble(), r.nll().get("1"), 1e-7, ref + "nll_mu1 (rel 1e-7)");
        assertRelClose(g.get("nll_mu0").asDouble(), r.nll().get("0"), 1e-7, ref + "nll_mu0 (rel 1e-7)");
        assertAbsClose(g.get("muhat_precise").asDouble(), r.muhat(), 1e-4, ref + "muhat_precise (abs 1e-4)");
        assertRelClose(g.get("lmax").get("sigma_mu").asDouble(), r.sigmaMu(), 1e-6, ref + "lmax.sigma_mu (rel 1e-6)");
        assertRelClose(g.get("nll_min_precise").asDouble(), r.nllMin(), 1e-7, ref + "nll_min_precise (rel 1e-7)");
        assertAbsClose(g.get("CLs_mu1_observed_exact_muhat").asDouble(), r.cls().get("1"), 1e-5,
                ref + "CLs_mu1_observed_exact_muhat (abs 1e-5)");
        assertRelClose(g.get("ul_mu_observed_exact_muhat").asDouble(), r.upperLimit().observed(), 1e-5,
                ref + "ul_mu_observed_exact_muhat (rel 1e-5)");
        assertRelClose(g.get("ul_mu_expected_apriori_exact_muhat").asDouble(), r.upperLimit().expected(), 1e-5,
                ref + "ul_mu_expected_apriori_exact_muhat (rel 1e-5)");
    }

    @Test
    void evaluate_slv2Golden_matchesSmodels311() {
        JsonNode c = cases("smodels_multi_sr.json").stream().filter(x -> x.get("id").asText().equals("slv2_3sr_b"))
                .findFirst().orElseThrow();
        JsonNode in = c.get("input");
        JsonNode g = c.get("profiled_smodels_3_1_1");
        double[][] cov = new double[in.get("covariance").size()][];
        for (int i = 0; i < cov.length; i++) {
            cov[i] = vec(in.get("covariance").get(i));
        }
        StatsModel m = new StatsModel.PoissonGauss(new ModelInput("golden", List.of(), vec(in.get("observed")),
                vec(in.get("backgrounds")), cov, vec(in.get("third_moment")), vec(in.get("nsignal")), 0.2));
        StatsResult r = StatsWorkbench.of(false, false).evaluate(m, MUS);
        String ref = "golden smodels_multi_sr slv2_3sr_b ";
        assertEquals("slv2 profiled", r.likelihood());
        assertRelClose(g.get("nll_mu1").asDouble(), r.nll().get("1"), 1e-7, ref + "nll_mu1 (rel 1e-7)");
        assertAbsClose(g.get("muhat_precise").asDouble(), r.muhat(), 1e-4, ref + "muhat_precise (abs 1e-4)");
        assertAbsClose(g.get("CLs_mu1_observed_exact_muhat").asDouble(), r.cls().get("1"), 1e-5,
                ref + "CLs_mu1_observed_exact_muhat (abs 1e-5)");
        assertRelClose(g.get("ul_mu_observed_exact_muhat").asDouble(), r.upperLimit().observed(), 1e-5,
                ref + "ul_mu_observed_exact_muhat (rel 1e-5)");
        assertRelClose(g.get("ul_mu_expected_apriori_exact_muhat").asDouble(), r.upperLimit().expected(), 1e-5,
                ref + "ul_mu_expected_apriori_exact_muhat (rel 1e-5)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truncated")
    void evaluate_truncatedGaussianGolden_matchesSmodels311(JsonNode c) {
        JsonNode in = c.get("input");
        JsonNode g = c.get("output");
        String ref = "golden smodels_truncated_gaussian " + c.get("id").asText() + " ";
        StatsModel m = new StatsModel.TruncatedGauss(in.get("ul_xsec_fb").asDouble(), in.get("eul_xsec_fb").asDouble(),
                in.get("xsec_fb").asDouble(), TruncatedGaussian.Variant.SMODELS3);
        // SModelS evaluates this likelihood with negative signals allowed
        StatsResult r = StatsWorkbench.of(true, false).evaluate(m, MUS);
        assertRelClose(g.get("nll_mu1").asDouble(), r.nll().get("1"), 1e-7, ref + "nll_mu1 (rel 1e-7)");
        assertRelClose(g.get("nll_mu0").asDouble(), r.nll().get("0"), 1e-7, ref + "nll_mu0 (rel 1e-7)");
        assertAbsClose(g.get("lmax").get("muhat").asDouble(), r.muhat(), 1e-6, ref + "lmax.muhat (abs 1e-6, toms748 1e-7)");
        assertRelClose(g.get("sigma_mu").asDouble(), r.sigmaMu(), 1e-12, ref + "sigma_mu (rel 1e-12)");
        assertRelClose(g.get("ul_mu").asDouble(), r.upperLimit().observed(), 1e-12, ref + "ul_mu (the input limit, rel 1e-12)");
        assertRelClose(g.get("eul_mu").asDouble(), r.upperLimit().expected(), 1e-12, ref + "eul_mu (rel 1e-12)");
    }

    @Test
    void evaluate_marginaliseSeveralRegions_usageError() {
        StatsModel m = new StatsModel.PoissonGauss(ModelInput.of(new double[] {1, 2}, new double[] {1, 2},
                new double[][] {{1, 0}, {0, 1}}, new double[] {1, 1}));
        assertThrows(UsageException.class, () -> StatsWorkbench.of(false, true).evaluate(m, MUS));
    }

    @Test
    void evaluate_marginalisedSingleRegion_matchesSmodels221() {
        JsonNode c = cases("smodels_single_sr.json").get(1);
        JsonNode in = c.get("input");
        JsonNode g = c.get("marginalised_smodels_2_2_1").get("deltas_rel_0.2");
        double err = in.get("bkgerr").asDouble();
        StatsModel m = new StatsModel.PoissonGauss(new ModelInput("golden", List.of(), new double[] {in.get("nobs").asDouble()},
                new double[] {in.get("bkg").asDouble()}, new double[][] {{err * err}}, null,
                new double[] {in.get("nsig").asDouble()}, 0.2));
        StatsResult r = StatsWorkbench.of(false, true).evaluate(m, MUS);
        String ref = "golden smodels_single_sr " + c.get("id").asText() + " marginalised deltas_rel_0.2 ";
        assertRelClose(g.get("nll_mu1_marg").asDouble(), r.nll().get("1"), 3e-3, ref + "nll_mu1_marg (rel 3e-3, quad epsrel 1e-3)");
        assertRelClose(g.get("ul_mu_expected_apriori_marg").asDouble(), r.upperLimit().expected(), 5e-3,
                ref + "ul_mu_expected_apriori_marg (rel 5e-3)");
    }

    @Test
    void key_formatsShortest() {
        assertEquals("0", StatsWorkbench.key(0.0));
        assertEquals("1", StatsWorkbench.key(1.0));
        assertEquals("0.5", StatsWorkbench.key(0.5));
        assertEquals("-2", StatsWorkbench.key(-2.0));
    }
}
