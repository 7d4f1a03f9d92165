package org.protomodels.stats.simplified;

import static org.protomodels.testing.Assertions2.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every profiled case of golden/smodels_single_sr.json and golden/smodels_multi_sr.json (SModelS 3.1.1), with the
 * tolerances suggested by golden/README.md: nll/likelihood 1e-7 relative; mu-hat 1e-4 abs + 1e-4 rel; limits
 * 2e-3 relative (SModelS's own, toms748 rtol 1e-3) and 1e-5 relative for the tightly converged ones; CLs 1e-5 abs.
 */
class SimplifiedLikelihoodGoldenTest {
    static final double NLL_REL = 1e-7;
    static final double NLL_ABS = 1e-9; // floor for nll values near 0 (README: closed form agrees to <1e-9 abs)
    static final double MU_TOL = 1e-4;
    static final double UL_REL = 2e-3;
    static final double UL_TIGHT_REL = 1e-5;
    static final double CLS_ABS = 1e-5;

    static Stream<Arguments> singleRegion() {
        return cases("smodels_single_sr.json");
    }

    static Stream<Arguments> multiRegion() {
        return cases("smodels_multi_sr.json");
    }

    private static Stream<Arguments> cases(String file) {
        List<JsonNode> cs = GoldenCases.cases(file);
        return cs.stream().map(c -> Arguments.of(Named.of(c.get("id").asText(), c)));
    }

    @ParameterizedTest
    @MethodSource("singleRegion")
    void profiled_singleRegionGolden_matchesSmodels311(JsonNode c) {
        checkProfiled(c, "smodels_single_sr");
    }

    @ParameterizedTest
    @MethodSource("multiRegion")
    void profiled_multiRegionGolden_matchesSmodels311(JsonNode c) {
        checkProfiled(c, "smodels_multi_sr");
    }

    static void checkProfiled(JsonNode c, String file) {
        String id = c.get("id").asText();
        JsonNode g = c.get("profiled_smodels_3_1_1");
        String ref = "golden " + file + " " + id + " ";
        ModelInput in = GoldenCases.model(c.get("input"));
        SimplifiedLikelihood sl = SimplifiedLikelihood.of(in);
        boolean flagged = g.get("smodels_findMuHat_bound_limited").asBoolean()
                || g.get("smodels_asimov_muhat_mismatch").asBoolean();

        nll(g, "nll_mu1", sl.nll(1), ref);
        nll(g, "nll_mu0", sl.nll(0), ref);
        rel(g, "llhd_mu1", sl.likelihood(1), NLL_REL * Math.max(1, Math.abs(sl.nll(1))), ref);
        rel(g, "llhd_mu0", sl.likelihood(0), NLL_REL * Math.max(1, Math.abs(sl.nll(0))), ref);
        nll(g, "minus2lnL_mu1", 2 * sl.nll(1), ref);

        // mu-hat: the tightly converged references
        double mh = sl.muHat(false);
        mu(g, "muhat_precise", mh, ref);
        nll(g, "nll_min_precise", sl.nll(mh), ref);
        if (GoldenCases.has(g, "muhat_precise_allow_negative")) {
            double mhn = sl.muHat(true);
            mu(g, "muhat_precise_allow_negative", mhn, ref);
            nll(g, "nll_min_precise_allow_negative", sl.nll(mhn), ref);
        }
        SimplifiedLikelihood.Lmax lmax = sl.lmax(false);
        // SModelS's lmax.sigma_mu is a heuristic evaluated at theta-hat of an intermediate mu: 1e-4 for one SR,
        // 1e-2 for several (where SModelS's own theta fit at a negative intermediate mu differs slightly)
        double sigmaTol = in.size() == 1 ? 1e-6 : 1e-2;
        if (!sl.isSecondOrder()) {
            rel(g.get("lmax"), "sigma_mu", lmax.sigmaMu(), sigmaTol, ref + "lmax.");
        }
        if (!flagged) {
            mu(g.get("lmax"), "muhat", lmax.muHat(), ref + "lmax.");
            nll(g.get("lmax"), "nll_min", lmax.nllMin(), ref + "lmax.");
            nll(g, "chi2", 2 * (sl.nll(1) - lmax.nllMin()), ref);
        }
        if (in.size() > 1 && !flagged) {
            mu(g, "smodels_findMuHat", sl.smodelsBoundedMuHat(false), ref + "(SModelS bounds) ");
        }
        nll(g, "chi2_sm", 2 * (sl.nll(1) - sl.nll(0)), ref);
        if (in.size() == 1) {
            // single region: lmax is analytic in SModelS too, so the negative-allowed lmax is compared always
            SimplifiedLikelihood.Lmax ln = sl.lmax(true);
            mu(g.get("lmax_allow_negative"), "muhat", ln.muHat(), ref + "lmax_allow_negative.");
            rel(g.get("lmax_allow_negative"), "sigma_mu", ln.sigmaMu(), 1e-6, ref + "lmax_allow_negative.");
            nll(g.get("lmax_allow_negative"), "nll_min", ln.nllMin(), ref + "lmax_allow_negative.");
            double unclipped = (in.observed()[0] - in.background()[0]) / in.signal()[0];
            nll(g, "LikelihoodComputer_chi2", 2 * (sl.nll(1) - sl.nll(unclipped)), ref);
        }

        // a priori expected
        SimplifiedLikelihood ap = sl.apriori();
        nll(g, "apriori_nll_mu1", ap.nll(1), ref);
        nll(g, "apriori_nll_mu0", ap.nll(0), ref);
        SimplifiedLikelihood.Lmax al = ap.lmax(false);
        double apMu = in.size() == 1 ? al.muHat() : ap.smodelsBoundedMuHat(false);
        mu(g.get("apriori_lmax"), "muhat", apMu, ref + "apriori_lmax.");
        // the nll at SModelS's own a priori mu-hat
        nll(g.get("apriori_lmax"), "nll_min", ap.nll(g.get("apriori_lmax").get("muhat").asDouble()),
                ref + "apriori_lmax.");
        if (!sl.isSecondOrder()) {
            // SLv2: SModelS's sigma heuristic depends on its optimiser path (differs by up to 10%); not compared
            rel(g.get("apriori_lmax"), "sigma_mu", al.sigmaMu(), sigmaTol, ref + "apriori_lmax.");
        }

        // CLs and limits, exact mu-hats (what a correct engine reproduces)
        AsymptoticCls obs = AsymptoticCls.of(sl, EvaluationType.OBSERVED);
        AsymptoticCls apr = AsymptoticCls.of(sl, EvaluationType.APRIORI);
        mu(g, "exact_asimov_muhat", obs.muHatAsimov(), ref);
        double ulObs = obs.upperLimit();
        double ulApr = apr.upperLimit();
        double ulAprS = apr.upperLimitSmodelsBracket();
        rel(g, "ul_mu_observed_exact_muhat", ulObs, UL_TIGHT_REL, ref);
        rel(g, "ul_mu_expected_apriori_exact_muhat", ulApr, UL_TIGHT_REL, ref);
        abs(g, "CLs_mu1_observed_exact_muhat", obs.cls(1), CLS_ABS, ref);
        abs(g, "CLs_mu1_expected_apriori_exact_muhat", apr.cls(1), CLS_ABS, ref);

        // SModelS's own numbers: with SModelS's mu-hats (given in the file) the same construction reproduces them
        AsymptoticCls obsS = AsymptoticCls.withMuHats(sl, EvaluationType.OBSERVED,
                g.get("smodels_findMuHat").asDouble(), g.get("smodels_asimov_muhat").asDouble());
        double ulObsS = obsS.upperLimitSmodelsBracket();
        rel(g, "ul_mu_observed_tight", ulObsS, UL_TIGHT_REL, ref);
        rel(g, "ul_mu_observed", ulObsS, UL_REL, ref);
        abs(g, "CLs_mu1_observed", obsS.cls(1), CLS_ABS, ref);
        AsymptoticCls obsB = AsymptoticCls.smodelsBounded(sl, EvaluationType.OBSERVED);
        if (!flagged) {
            mu(g, "smodels_asimov_muhat", obsB.muHatAsimov(), ref + "(SModelS bounds) ");
            rel(g, "ul_mu_expected_apriori_tight", ulAprS, UL_TIGHT_REL, ref);
            rel(g, "ul_mu_expected_apriori", ulAprS, UL_REL, ref);
            abs(g, "CLs_mu1_expected_apriori", apr.cls(1), CLS_ABS, ref);
            double ulPost = AsymptoticCls.of(sl, EvaluationType.APOSTERIORI).upperLimitSmodelsBracket();
            rel(g, "ul_mu_expected_aposteriori", ulPost, UL_REL, ref);
        }
    }

    static void nll(JsonNode g, String field, double actual, String ref) {
        if (GoldenCases.has(g, field)) {
            assertClose(g.get(field).asDouble(), actual, NLL_REL, NLL_ABS,
                    ref + field + " (rel " + NLL_REL + " + abs " + NLL_ABS + ")");
        }
    }

    static void mu(JsonNode g, String field, double actual, String ref) {
        if (GoldenCases.has(g, field)) {
            assertClose(g.get(field).asDouble(), actual, MU_TOL, MU_TOL,
                    ref + field + " (abs " + MU_TOL + " + rel " + MU_TOL + ")");
        }
    }

    static void rel(JsonNode g, String field, double actual, double tol, String ref) {
        if (GoldenCases.has(g, field)) {
            assertClose(g.get(field).asDouble(), actual, tol, 1e-300, ref + field + " (rel " + tol + ")");
        }
    }

    static void abs(JsonNode g, String field, double actual, double tol, String ref) {
        if (GoldenCases.has(g, field)) {
            assertClose(g.get(field).asDouble(), actual, 0, tol, ref + field + " (abs " + tol + ")");
        }
    }
}
