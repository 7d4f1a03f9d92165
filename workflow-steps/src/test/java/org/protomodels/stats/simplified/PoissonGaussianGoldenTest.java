package org.protomodels.stats.simplified;

import static org.protomodels.testing.Assertions2.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * golden/smodels_single_sr.json through the closed-form single-region class: the profiled SModelS 3.1.1 fields
 * (nll 1e-7 relative + 1e-9 absolute; mu-hat 1e-4; sigma_mu 1e-6) and the marginalised SModelS 2.2.1 fields
 * (likelihood, nll, lmax, chi2 at 3e-3 relative as the README suggests: 2.2.1 integrates with quad epsrel 1e-3).
 */
class PoissonGaussianGoldenTest {
    static final double MARG_REL = 3e-3;

    static Stream<Arguments> cases() {
        return GoldenCases.cases("smodels_single_sr.json").stream()
                .map(c -> Arguments.of(Named.of(c.get("id").asText(), c)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void closedForm_singleRegionGolden_matchesSmodels311Profile(JsonNode c) {
        JsonNode in = c.get("input");
        JsonNode g = c.get("profiled_smodels_3_1_1");
        String ref = "golden smodels_single_sr " + c.get("id").asText() + " ";
        PoissonGaussian pg = pg(in);
        nll(g, "nll_mu1", pg.nll(1), ref);
        nll(g, "nll_mu0", pg.nll(0), ref);
        nll(g, "apriori_nll_mu1", pg.withObserved(pg.background()).nll(1), ref);
        nll(g, "apriori_nll_mu0", pg.withObserved(pg.background()).nll(0), ref);
        SimplifiedLikelihood.Lmax l = pg.lmax(false);
        SimplifiedLikelihood.Lmax ln = pg.lmax(true);
        mu(g.get("lmax"), "muhat", l.muHat(), ref + "lmax.");
        assertClose(g.get("lmax").get("sigma_mu").asDouble(), l.sigmaMu(), 1e-6, 0, ref + "lmax.sigma_mu (rel 1e-6)");
        nll(g.get("lmax"), "nll_min", l.nllMin(), ref + "lmax.");
        mu(g.get("lmax_allow_negative"), "muhat", ln.muHat(), ref + "lmax_allow_negative.");
        assertClose(g.get("lmax_allow_negative").get("sigma_mu").asDouble(), ln.sigmaMu(), 1e-6, 0,
                ref + "lmax_allow_negative.sigma_mu (rel 1e-6)");
        nll(g.get("lmax_allow_negative"), "nll_min", ln.nllMin(), ref + "lmax_allow_negative.");
        nll(g, "chi2", pg.chi2(), ref);
        // the 2.2.1 profiled value agrees with 3.1.1 (README)
        nll(c.get("profiled_smodels_2_2_1_crosscheck"), "nll_mu1_prof", pg.nll(1), ref + "2.2.1 ");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void marginalised_singleRegionGolden_matchesSmodels221(JsonNode c) {
        JsonNode in = c.get("input");
        PoissonGaussian pg = pg(in);
        for (String key : new String[] {"deltas_rel_0.2", "deltas_rel_0.0"}) {
            double d = Double.parseDouble(key.substring("deltas_rel_".length()));
            JsonNode g = c.get("marginalised_smodels_2_2_1").get(key);
            String ref = "golden smodels_single_sr " + c.get("id").asText() + " marginalised " + key + " ";
            rel(g, "llhd_mu1_marg", pg.marginalisedLikelihood(1, d), ref);
            rel(g, "llhd_mu0_marg", pg.marginalisedLikelihood(0, d), ref);
            // an nll inherits the likelihood's relative error as an absolute one
            assertClose(g.get("nll_mu1_marg").asDouble(), pg.marginalisedNll(1, d), 0, MARG_REL,
                    ref + "nll_mu1_marg (abs " + MARG_REL + ")");
            assertClose(g.get("nll_mu0_marg").asDouble(), pg.marginalisedNll(0, d), 0, MARG_REL,
                    ref + "nll_mu0_marg (abs " + MARG_REL + ")");
            rel(g, "lmax_marg", pg.marginalisedLmax(d), ref);
            assertClose(g.get("chi2_marg").asDouble(), pg.marginalisedChi2(d), 0, 2 * MARG_REL,
                    ref + "chi2_marg (abs " + 2 * MARG_REL + ")");
            // limits: 5e-3 relative (README; 2.2.1 brentq rtol 1e-3 on a quad-integrated likelihood)
            ul(g, "ul_mu_observed_marg", pg.marginalisedUpperLimit(d, EvaluationType.OBSERVED, true), ref);
            ul(g, "ul_mu_expected_apriori_marg", pg.marginalisedUpperLimit(d, EvaluationType.APRIORI), ref);
            ul(g, "ul_mu_expected_aposteriori_marg", pg.marginalisedUpperLimit(d, EvaluationType.APOSTERIORI), ref);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void profiledUpperLimit_smodels221MuHatQuirk_matches221Crosscheck(JsonNode c) {
        // 2.2.1's profiled limit differs from 3.1.1 only for n = 0, where its mu-hat search returns one signal
        // event (mu-hat = 1/s); its Asimov data equal b there, whose mu-hat is 0
        PoissonGaussian pg = pg(c.get("input"));
        boolean zero = pg.observed() == 0;
        SimplifiedLikelihood sl = pg.toSimplifiedLikelihood();
        AsymptoticCls cls = zero ? AsymptoticCls.withMuHats(sl, EvaluationType.OBSERVED, 1 / pg.signal(), 0.0)
                : AsymptoticCls.of(sl, EvaluationType.OBSERVED);
        assertClose(c.get("profiled_smodels_2_2_1_crosscheck").get("ul_mu_observed_prof").asDouble(),
                cls.upperLimit(), 2e-3, 0,
                "golden smodels_single_sr " + c.get("id").asText() + " 2.2.1 ul_mu_observed_prof (rel 2e-3)");
    }

    static void ul(JsonNode g, String f, double actual, String ref) {
        assertClose(g.get(f).asDouble(), actual, 5e-3, 0, ref + f + " (rel 5e-3)");
    }

    static PoissonGaussian pg(JsonNode in) {
        return PoissonGaussian.of(in.get("nobs").asDouble(), in.get("bkg").asDouble(), in.get("bkgerr").asDouble(),
                in.get("nsig").asDouble());
    }

    static void nll(JsonNode g, String f, double actual, String ref) {
        assertClose(g.get(f).asDouble(), actual, 1e-7, 1e-9, ref + f + " (rel 1e-7 + abs 1e-9)");
    }

    static void mu(JsonNode g, String f, double actual, String ref) {
        assertClose(g.get(f).asDouble(), actual, 1e-4, 1e-4, ref + f + " (abs 1e-4 + rel 1e-4)");
    }

    static void rel(JsonNode g, String f, double actual, String ref) {
        assertClose(g.get(f).asDouble(), actual, MARG_REL, 0, ref + f + " (rel " + MARG_REL + ")");
    }
}
