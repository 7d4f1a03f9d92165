package org.protomodels.stats.interp;

import static org.protomodels.testing.Assertions2.assertRelClose;
import static org.protomodels.testing.Assertions2.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protomodels.stats.PyhfGolden;
import org.protomodels.stats.model.Model;
import org.protomodels.stats.model.ModifierSettings;
import org.protomodels.stats.spec.Channel;
import org.protomodels.stats.spec.Measurement;
import org.protomodels.stats.spec.Modifier;
import org.protomodels.stats.spec.Observation;
import org.protomodels.stats.spec.ParameterConfig;
import org.protomodels.stats.spec.Sample;
import org.protomodels.stats.spec.Workspace;

/** Interpolators and probability building blocks against golden pyhf_interpolation.json (rel 1e-10). */
class InterpolationGoldenTest {
    static final double EXACT = 1e-10;

    static JsonNode blocks() {
        return PyhfGolden.golden("pyhf_interpolation.json").get("building_blocks");
    }

    static Stream<JsonNode> normsys() {
        List<JsonNode> l = new ArrayList<>();
        blocks().get("normsys").forEach(l::add);
        return l.stream();
    }

    static Stream<JsonNode> histosys() {
        List<JsonNode> l = new ArrayList<>();
        blocks().get("histosys").forEach(l::add);
        return l.stream();
    }

    /** One-bin model: a sample with the given modifier and nominal; the only parameter is the modifier's alpha. */
    static Model oneBin(double nominal, Modifier mod, ModifierSettings settings) {
        Workspace ws = new Workspace(List.of(new Channel("c", List.of(new Sample("s", List.of(nominal), List.of(mod))))),
                List.of(new Observation("c", List.of(1.0))), List.of(new Measurement("m", "", List.<ParameterConfig>of())),
                "1.0.0");
        return Model.of(ws, null, settings, "one-bin " + mod.type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("normsys")
    void normsys_goldenAlphas_matchPyhf(JsonNode c) {
        double lo = c.get("lo").asDouble();
        double hi = c.get("hi").asDouble();
        InterpCode code = InterpCode.of(c.get("interpcode").asText());
        JsonNode alphas = blocks().get("alphas");
        double[] coef = Code4.coefficients(lo, hi);
        Model m = oneBin(1.0, new Modifier.NormSys("a", hi, lo), new ModifierSettings(code, InterpCode.CODE4P));
        for (int i = 0; i < alphas.size(); i++) {
            double a = alphas.get(i).asDouble();
            double expected = c.get("multiplicative_factor").get(i).asDouble();
            String ref = "golden pyhf_interpolation " + code.pyhfName() + " alpha " + a;
            double direct = code == InterpCode.CODE1 ? Code1.factor(lo, hi, a) : Code4.factor(lo, hi, coef, 0, a);
            double naive = code == InterpCode.CODE1 ? ReferenceInterpolation.code1(lo, hi, a)
                    : ReferenceInterpolation.code4(lo, hi, a);
            assertRelClose(expected, direct, EXACT, ref);
            assertRelClose(expected, naive, EXACT, ref + " (naive reference)");
            assertRelClose(expected, m.expectedActualData(new double[] {a})[0], EXACT, ref + " (model)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histosys")
    void histosys_goldenAlphas_matchPyhf(JsonNode c) {
        double lo = c.get("lo").asDouble();
        double nom = c.get("nom").asDouble();
        double hi = c.get("hi").asDouble();
        InterpCode code = InterpCode.of(c.get("interpcode").asText());
        JsonNode alphas = blocks().get("alphas");
        Model m = oneBin(nom, new Modifier.HistoSys("a", List.of(hi), List.of(lo)),
                new ModifierSettings(InterpCode.CODE4, code));
        for (int i = 0; i < alphas.size(); i++) {
            double a = alphas.get(i).asDouble();
            double delta = c.get("additive_delta").get(i).asDouble();
            String ref = "golden pyhf_interpolation " + code.pyhfName() + " alpha " + a;
            double direct = code == InterpCode.CODE0 ? Code0.delta(lo, nom, hi, a) : Code4p.delta(lo, nom, hi, a);
            double naive = code == InterpCode.CODE0 ? ReferenceInterpolation.code0(lo, nom, hi, a)
                    : ReferenceInterpolation.code4p(lo, nom, hi, a);
            assertClose(delta, direct, EXACT, 1e-12, ref + " additive_delta");
            assertClose(delta, naive, EXACT, 1e-12, ref + " additive_delta (naive reference)");
            assertRelClose(c.get("interpolated_yield").get(i).asDouble(), m.expectedActualData(new double[] {a})[0],
                    EXACT, ref + " interpolated_yield (model)");
        }
    }

    @Test
    void poissonLogProb_goldenValues_matchModelMainTerm() {
        for (JsonNode c : blocks().get("poisson_log_prob")) {
            Model m = oneBin(c.get("rate").asDouble(), new Modifier.NormFactor("mu"), ModifierSettings.workspaceDefaults());
            Model.DataLikelihood lh = m.likelihood(new double[] {c.get("value").asDouble()});
            assertRelClose(c.get("log_prob").asDouble(), lh.mainLogPdf(new double[] {1.0}), EXACT,
                    "golden pyhf_interpolation poisson_log_prob rate " + c.get("rate") + " value " + c.get("value"));
        }
    }

    @Test
    void normalLogProb_goldenValue_matchesGaussianConstraint() {
        JsonNode c = blocks().get("normal_log_prob").get(0);
        // constraint Normal(aux = value | alpha = loc, 1): pyhf's normal_logpdf is symmetric in value and loc
        Model m = oneBin(1.0, new Modifier.NormSys("a", 1.1, 0.9), ModifierSettings.workspaceDefaults());
        Model.DataLikelihood lh = m.likelihood(new double[] {1.0, c.get("value").asDouble()});
        assertRelClose(c.get("log_prob").asDouble(), lh.constraintLogPdf(new double[] {c.get("loc").asDouble()}), EXACT,
                "golden pyhf_interpolation normal_log_prob");
    }

    @Test
    void derivatives_allCodes_matchCentralDifferences() {
        double[] alphas = {-2.3, -1.0001, -0.7, -0.2, 0.05, 0.4, 0.9999, 1.7};
        double[] coef = Code4.coefficients(0.8, 1.3);
        for (double a : alphas) {
            double h = 1e-6;
            String ref = "central difference, alpha " + a + " (rel 1e-6 + abs 1e-8)";
            assertClose((Code1.factor(0.8, 1.3, a + h) - Code1.factor(0.8, 1.3, a - h)) / (2 * h),
                    Code1.derivative(0.8, 1.3, a), 1e-6, 1e-8, "code1 " + ref);
            assertClose((Code4.factor(0.8, 1.3, coef, 0, a + h) - Code4.factor(0.8, 1.3, coef, 0, a - h)) / (2 * h),
                    Code4.derivative(0.8, 1.3, coef, 0, a), 1e-6, 1e-8, "code4 " + ref);
            assertClose((Code4p.delta(40, 50, 65, a + h) - Code4p.delta(40, 50, 65, a - h)) / (2 * h),
                    Code4p.derivative(40, 50, 65, a), 1e-6, 1e-8, "code4p " + ref);
            assertClose((Code2.delta(40, 50, 65, a + h) - Code2.delta(40, 50, 65, a - h)) / (2 * h),
                    Code2.derivative(40, 50, 65, a), 1e-6, 1e-8, "code2 " + ref);
            assertClose((Code0.delta(40, 50, 65, a + h) - Code0.delta(40, 50, 65, a - h)) / (2 * h),
                    Code0.derivative(40, 50, 65, a), 1e-6, 1e-8, "code0 " + ref);
        }
    }
}
