package org.protomodels.stats.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.protomodels.testing.Assertions2.assertClose;
import static org.protomodels.testing.Assertions2.assertRelClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protomodels.stats.PyhfGolden;
import org.protomodels.stats.PyhfGolden.Case;
import org.protomodels.stats.model.Model;

/**
 * Fits, test statistics, CLs and upper limits against golden pyhf_simplemodels.json and pyhf_workspaces.json,
 * with the golden README's tolerances: twice_nll 1e-5 abs, mu-hat 1e-3 abs, CLs 1e-3 rel, UL 1e-3 rel.
 */
class InferenceGoldenIT {
    static Stream<Case> cases() {
        return PyhfGolden.allModels().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fits_goldenCase_matchPyhf(Case c) {
        JsonNode out = c.output();
        Model m = c.model();
        FitSetup setup = FitSetup.suggested(m.config());
        Model.DataLikelihood lh = m.likelihood(c.data());
        Mle mle = Mle.withDefaults();
        String ref = "golden " + c.id() + " ";
        FitResult free = mle.fit(lh, setup);
        assertTrue(free.converged(), ref + "fit status " + free.status());
        assertAbsClose(out.get("twice_nll_bestfit").asDouble(), free.twiceNll(), 1e-5, ref + "twice_nll_bestfit (abs 1e-5)");
        assertAbsClose(out.get("mu_hat").asDouble(), free.par(setup.poiIndex()), 1e-3, ref + "mu_hat (abs 1e-3)");
        assertParsClose(out.get("bestfit_pars"), free.pars(), ref + "bestfit_pars");
        for (String mu : new String[] {"0", "1"}) {
            FitResult fixed = mle.fixedPoiFit(Double.parseDouble(mu), lh, setup);
            assertTrue(fixed.converged(), ref + "fixed_mu" + mu + " status " + fixed.status());
            assertAbsClose(out.get("twice_nll_fixed_mu" + mu).asDouble(), fixed.twiceNll(), 1e-5,
                    ref + "twice_nll_fixed_mu" + mu + " (abs 1e-5)");
            assertParsClose(out.get("fixed_mu" + mu + "_pars"), fixed.pars(), ref + "fixed_mu" + mu + "_pars");
        }
    }

    /** The README's mu-hat tolerance (1e-3 abs, SLSQP fit precision) applied to every fitted parameter. */
    static void assertParsClose(JsonNode expected, double[] actual, String ref) {
        assertEquals(expected.size(), actual.length, ref + " length");
        for (int i = 0; i < actual.length; i++) {
            assertAbsClose(expected.get(i).asDouble(), actual[i], 1e-3, ref + "[" + i + "] (abs 1e-3)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hypotest_muOne_matchesPyhf(Case c) {
        JsonNode out = c.output();
        AsymptoticCalculator calc = AsymptoticCalculator.of(c.model(), c.data());
        HypotestResult h = calc.hypotest(1.0);
        String ref = "golden " + c.id() + " ";
        assertClose(out.get("qtilde_mu1").asDouble(), h.q(), 1e-3, 1e-5, ref + "qtilde_mu1 (rel 1e-3 + abs 1e-5)");
        assertRelClose(out.get("CLs_obs_mu1").asDouble(), h.cls(), 1e-3, ref + "CLs_obs_mu1 (rel 1e-3)");
        assertRelClose(out.get("CLsb_obs_mu1").asDouble(), h.clsb(), 1e-3, ref + "CLsb_obs_mu1 (rel 1e-3)");
        assertRelClose(out.get("CLb_obs_mu1").asDouble(), h.clb(), 1e-3, ref + "CLb_obs_mu1 (rel 1e-3)");
        double[] band = PyhfGolden.doubles(out.get("CLs_exp_band_mu1"));
        for (int k = 0; k < 5; k++) {
            assertRelClose(band[k], h.clsExpected()[k], 1e-3, ref + "CLs_exp_band_mu1[" + k + "] (rel 1e-3)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upperLimit_goldenCase_matchesPyhf(Case c) {
        JsonNode out = c.output();
        String ref = "golden " + c.id() + " ";
        AsymptoticCalculator calc = AsymptoticCalculator.of(c.model(), c.data());
        UpperLimitResult ul = UpperLimit.compute(calc);
        String suffix = "";
        if (out.get("ul_mu_obs").isNull()) {
            // pyhf fails with the default POI bounds; so must we, then agree with the widened computation
            assertEquals(UpperLimitResult.Status.ABOVE_POI_UPPER_BOUND, ul.status(), ref + "ul_error_default_bounds");
            JsonNode b = out.get("ul_poi_bounds_used");
            FitSetup wide = calc.setup().withPoiBounds(b.get(0).asDouble(), b.get(1).asDouble());
            ul = UpperLimit.compute(AsymptoticCalculator.of(c.model(), c.data(), wide, TestStatistic.QTILDE));
            suffix = "_wider_poi_bounds";
            // widening 10 -> 100 -> 1000 stops at the same bound the golden recomputation used
            UpperLimitResult widened = UpperLimit.computeWidening(calc, 100, 1000);
            assertEquals(b.get(1).asDouble(), widened.poiUpperBound(), ref + "ul_poi_bounds_used");
            assertRelClose(out.get("ul_mu_obs" + suffix).asDouble(), widened.observed(), 1e-3,
                    ref + "ul_mu_obs" + suffix + " via computeWidening (rel 1e-3)");
        }
        assertEquals(UpperLimitResult.Status.OK, ul.status(), ref + ul.message());
        assertRelClose(out.get("ul_mu_obs" + suffix).asDouble(), ul.observed(), 1e-3, ref + "ul_mu_obs" + suffix + " (rel 1e-3)");
        double[] band = PyhfGolden.doubles(out.get("ul_mu_exp_band" + suffix));
        for (int k = 0; k < 5; k++) {
            assertRelClose(band[k], ul.expected()[k], 1e-3, ref + "ul_mu_exp_band" + suffix + "[" + k + "] (rel 1e-3)");
        }
    }
}
