package org.protomodels.stats.simplified;

import static org.protomodels.testing.Assertions2.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of golden/smodels_truncated_gaussian.json (SModelS 3.1.1 {@code TruncatedGaussians}).
 * Tolerances: mu-hat 1e-6 absolute (SModelS's toms748 rtol = xtol = 1e-7); sigma_mu and corrected limits
 * 1e-12 relative (closed form); nll 1e-7 relative + 1e-6 absolute (the nll inherits SModelS's mu-hat error,
 * d nll = (mu - mu-hat)/sigma^2 d mu-hat); likelihoods the same relative to exp.
 */
class TruncatedGaussianGoldenTest {
    static final double MU_ABS = 1e-6;
    static final double EXACT_REL = 1e-12;
    static final double NLL_REL = 1e-7;
    static final double NLL_ABS = 1e-6;

    static Stream<Arguments> cases() {
        return GoldenCases.cases("smodels_truncated_gaussian.json").stream()
                .map(c -> Arguments.of(Named.of(c.get("id").asText(), c)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void truncatedGaussian_goldenCase_matchesSmodels311(JsonNode c) {
        JsonNode in = c.get("input");
        JsonNode g = c.get("output");
        String ref = "golden smodels_truncated_gaussian " + c.get("id").asText() + " ";
        double xsec = in.get("xsec_fb").asDouble();
        double ul = in.get("ul_xsec_fb").asDouble();
        double eul = in.get("eul_xsec_fb").asDouble();
        double corr = in.get("corr").asDouble();
        TruncatedGaussian tg = TruncatedGaussian.of(ul / xsec, eul / xsec, corr);

        rel(g, "ul_mu", ul / xsec, EXACT_REL, ref);
        rel(g, "eul_mu", eul / xsec, EXACT_REL, ref);
        rel(g, "eul_mu_corrected", tg.expectedUpperLimit(), EXACT_REL, ref);
        rel(g, "sigma_mu", tg.sigmaMu(), EXACT_REL, ref);

        nll(g, "nll_mu1", tg.nll(1.0), ref);
        nll(g, "nll_mu0", tg.nll(0.0), ref);
        llhd(g, "llhd_mu1", tg.likelihood(1.0), ref);
        llhd(g, "llhd_mu0", tg.likelihood(0.0), ref);
        llhd(g, "llhd_mu2", tg.likelihood(2.0), ref);

        TruncatedGaussian.Lmax lmax = tg.lmax(true);
        abs(g.get("lmax"), "muhat", lmax.muHat(), MU_ABS, ref + "lmax.");
        rel(g.get("lmax"), "sigma_mu", lmax.sigmaMu(), EXACT_REL, ref + "lmax.");
        llhd(g.get("lmax"), "lmax", lmax.likelihood(), ref + "lmax.");
        nll(g, "nll_min", lmax.nllMin(), ref);
        nll(g, "chi2", tg.chi2(), ref);

        TruncatedGaussian.Lmax nonneg = tg.lmax(false);
        abs(g.get("lmax_nonneg"), "muhat", nonneg.muHat(), MU_ABS, ref + "lmax_nonneg.");
        llhd(g.get("lmax_nonneg"), "lmax", nonneg.likelihood(), ref + "lmax_nonneg.");
        llhd(g, "llhd_mu1_nonneg", tg.likelihood(1.0, false), ref);

        // a priori expected: mu-hat := 0
        llhd(g, "apriori_llhd_mu1", Math.exp(-tg.nll(1.0, true, EvaluationType.APRIORI)), ref);
        llhd(g, "apriori_llhd_mu0", Math.exp(-tg.nll(0.0, true, EvaluationType.APRIORI)), ref);
        abs(g.get("apriori_lmax"), "muhat", 0.0, 0, ref + "apriori_lmax.");
        // documented SModelS quirk (golden README): lmax(evaluationType=apriori) returns the *observed* L(0)
        llhd(g.get("apriori_lmax"), "lmax", tg.likelihood(0.0), ref + "apriori_lmax.");
    }

    static void nll(JsonNode g, String f, double actual, String ref) {
        assertClose(g.get(f).asDouble(), actual, NLL_REL, NLL_ABS, ref + f + " (rel " + NLL_REL + " + abs " + NLL_ABS + ")");
    }

    static void llhd(JsonNode g, String f, double actual, String ref) {
        // a likelihood inherits the nll's absolute error as a relative one
        assertClose(g.get(f).asDouble(), actual, NLL_REL + NLL_ABS, 0,
                ref + f + " (rel " + (NLL_REL + NLL_ABS) + ")");
    }

    static void rel(JsonNode g, String f, double actual, double tol, String ref) {
        assertClose(g.get(f).asDouble(), actual, tol, 0, ref + f + " (rel " + tol + ")");
    }

    static void abs(JsonNode g, String f, double actual, double tol, String ref) {
        assertClose(g.get(f).asDouble(), actual, 0, tol, ref + f + " (abs " + tol + ")");
    }
}
