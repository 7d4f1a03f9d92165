package org.protomodels.stats.simplified;

import static org.protomodels.testing.Assertions2.assertAbsClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Monte-Carlo marginalised likelihoods of golden/smodels_multi_sr.json (SModelS 2.2.1, 5 x 100 000 toys).
 * Tolerance: 3 combined standard errors, sqrt(std_over_seeds^2/5 + our standard error^2) (README: ~3 std/sqrt(5)),
 * with a fixed seed so the test is deterministic.
 */
class MarginalisedLikelihoodGoldenTest {
    static final int TOYS = 400_000;

    static Stream<Arguments> cases() {
        return GoldenCases.cases("smodels_multi_sr.json").stream()
                .filter(c -> c.has("marginalised_mc_smodels_2_2_1"))
                .map(c -> Arguments.of(Named.of(c.get("id").asText(), c)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void monteCarlo_multiRegionGolden_matchesSmodels221(JsonNode c) {
        SimplifiedLikelihood sl = SimplifiedLikelihood.of(GoldenCases.model(c.get("input")));
        MarginalisedLikelihood ml = MarginalisedLikelihood.of(sl);
        JsonNode g = c.get("marginalised_mc_smodels_2_2_1");
        String ref = "golden smodels_multi_sr " + c.get("id").asText() + " marginalised_mc ";
        check(g.get("llhd_mu1_marg_mc"), ml.likelihood(1.0, TOYS, RandomSource.XO_RO_SHI_RO_128_PP.create(1L)),
                ref + "llhd_mu1_marg_mc");
        check(g.get("llhd_mu0_marg_mc"), ml.likelihood(0.0, TOYS, RandomSource.XO_RO_SHI_RO_128_PP.create(2L)),
                ref + "llhd_mu0_marg_mc");
    }

    static void check(JsonNode g, double[] est, String ref) {
        double std = g.get("std_over_seeds").asDouble();
        double tol = 3 * Math.sqrt(std * std / 5 + est[1] * est[1]);
        assertAbsClose(g.get("mean").asDouble(), est[0], tol, ref + " (3 combined standard errors = " + tol + ")");
    }
}
