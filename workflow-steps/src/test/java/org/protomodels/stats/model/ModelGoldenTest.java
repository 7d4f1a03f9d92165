package org.protomodels.stats.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.protomodels.testing.Assertions2.assertRelClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protomodels.stats.PyhfGolden;
import org.protomodels.stats.PyhfGolden.Case;

/** Exact evaluations against pyhf (golden pyhf_simplemodels.json and pyhf_workspaces.json), rel 1e-10. */
class ModelGoldenTest {
    static final double EXACT = 1e-10;

    static Stream<Case> cases() {
        return PyhfGolden.allModels().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void layout_goldenCase_matchesPyhf(Case c) {
        ModelConfig cfg = c.model().config();
        JsonNode out = c.output();
        List<String> order = new ArrayList<>();
        JsonNode model = PyhfGolden.golden(c.id().startsWith("unc_") || c.id().startsWith("corr_")
                ? "pyhf_simplemodels.json" : "pyhf_workspaces.json").get("cases");
        JsonNode m = null;
        for (JsonNode x : model) {
            if (x.get("id").asText().equals(c.id())) {
                m = x.get("model");
            }
        }
        m.get("parameter_order").forEach(n -> order.add(n.asText()));
        assertEquals(order, cfg.parameterOrder(), c.id() + " parameter_order");
        assertEquals(m.get("poi_index").asInt(), cfg.poiIndex(), c.id() + " poi_index");
        assertEquals(m.get("n_aux_data").asInt(), cfg.naux(), c.id() + " n_aux_data");
        assertEquals(m.get("n_parameters").asInt(), cfg.npars(), c.id() + " n_parameters");
        assertArrayEquals(PyhfGolden.doubles(out.get("suggested_init")), cfg.suggestedInit(), c.id() + " suggested_init");
        double[][] b = cfg.suggestedBounds();
        for (int i = 0; i < b.length; i++) {
            assertArrayEquals(PyhfGolden.doubles(out.get("suggested_bounds").get(i)), b[i], c.id() + " suggested_bounds " + i);
        }
        boolean[] fixed = cfg.suggestedFixed();
        for (int i = 0; i < fixed.length; i++) {
            assertEquals(out.get("suggested_fixed").get(i).asBoolean(), fixed[i], c.id() + " suggested_fixed " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logPdf_initAndShifted_matchesPyhf(Case c) {
        JsonNode out = c.output();
        Model.DataLikelihood lh = c.model().likelihood(c.data());
        double[] init = PyhfGolden.doubles(out.get("suggested_init"));
        double[] shifted = PyhfGolden.doubles(out.get("shifted_pars"));
        String ref = "golden " + c.id() + " ";
        assertRelClose(out.get("logpdf_at_init").asDouble(), lh.logPdf(init), EXACT, ref + "logpdf_at_init");
        assertRelClose(out.get("main_logpdf_at_init").asDouble(), lh.mainLogPdf(init), EXACT, ref + "main_logpdf_at_init");
        assertRelClose(out.get("constraint_logpdf_at_init").asDouble(), lh.constraintLogPdf(init), EXACT,
                ref + "constraint_logpdf_at_init");
        assertRelClose(out.get("logpdf_at_shifted").asDouble(), lh.logPdf(shifted), EXACT, ref + "logpdf_at_shifted");
        double[] g = new double[init.length];
        assertRelClose(out.get("logpdf_at_shifted").asDouble(), lh.logPdfAndGradient(shifted, g), EXACT,
                ref + "logpdf_at_shifted (with gradient)");
        double[] e0 = PyhfGolden.doubles(out.get("expected_actualdata_at_init"));
        double[] e1 = PyhfGolden.doubles(out.get("expected_actualdata_at_shifted"));
        double[] a0 = c.model().expectedActualData(init);
        double[] a1 = c.model().expectedActualData(shifted);
        for (int i = 0; i < e0.length; i++) {
            assertRelClose(e0[i], a0[i], EXACT, ref + "expected_actualdata_at_init[" + i + "]");
            assertRelClose(e1[i], a1[i], EXACT, ref + "expected_actualdata_at_shifted[" + i + "]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradient_shiftedPars_matchesCentralDifferences(Case c) {
        Model.DataLikelihood lh = c.model().likelihood(c.data());
        double[] x = PyhfGolden.doubles(c.output().get("shifted_pars"));
        double[] g = new double[x.length];
        lh.logPdfAndGradient(x, g);
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(x[i]));
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[i] += h;
            xm[i] -= h;
            double fd = (lh.logPdf(xp) - lh.logPdf(xm)) / (2 * h);
            org.protomodels.testing.Assertions2.assertClose(fd, g[i], 1e-5, 1e-6,
                    c.id() + " d logpdf / d par " + i + " vs central difference (rel 1e-5 + abs 1e-6)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hessian_shiftedPars_matchesDifferencesOfGradient(Case c) {
        Model.DataLikelihood lh = c.model().likelihood(c.data());
        double[] x = PyhfGolden.doubles(c.output().get("shifted_pars"));
        int n = x.length;
        double[] g = new double[n];
        double[] h = new double[n * n];
        lh.logPdfGradientHessian(x, g, h);
        double[] gp = new double[n];
        double[] gm = new double[n];
        for (int j = 0; j < n; j++) {
            double step = 1e-6 * Math.max(1, Math.abs(x[j]));
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += step;
            xm[j] -= step;
            lh.logPdfAndGradient(xp, gp);
            lh.logPdfAndGradient(xm, gm);
            for (int i = 0; i < n; i++) {
                double fd = -(gp[i] - gm[i]) / (2 * step);
                org.protomodels.testing.Assertions2.assertClose(fd, h[i * n + j], 1e-4, 1e-5,
                        c.id() + " d2(-logpdf)/d" + i + "d" + j + " vs central difference of the gradient (rel 1e-4 + abs 1e-5)");
            }
        }
    }
}
