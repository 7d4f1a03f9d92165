package org.protomodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertAbsClose;
import static org.protomodels.testing.Assertions2.assertRelClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.testing.SharedData;

/** {@code protomodel stats} end to end: exit codes 0/64/65/66 and golden numbers through the JSON it prints. */
class StatsCommandTest {
    @TempDir
    Path dir;

    static IngestCommandTest.Run run(String... args) {
        return IngestCommandTest.run(args);
    }

    Path model(String name, String model) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "{\"kind\":\"stats-model\",\"version\":\"1.0.0\",\"model\":" + model + "}");
        return f;
    }

    static JsonNode golden(String file, String id) {
        for (JsonNode c : Json.readTree(SharedData.require("golden/" + file)).get("cases")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("golden " + file + " has no case " + id);
    }

    static JsonNode parse(String out) {
        JsonNode r = Json.mapper().valueToTree(Json.mapper().convertValue(readTree(out), Object.class));
        SchemaValidator.own().validateOwn(r, "stats stdout");
        return r;
    }

    static JsonNode readTree(String s) {
        try {
            return Json.mapper().readTree(s);
        } catch (Exception e) {
            throw new AssertionError("stdout is not one JSON object: " + s, e);
        }
    }

    @Test
    void stats_goldenSingleRegion_printsSmodelsNumbers() throws Exception {
        JsonNode c = golden("smodels_single_sr.json", "sr1_004");
        JsonNode in = c.get("input");
        JsonNode g = c.get("profiled_smodels_3_1_1");
        Path f = model("sr.json", "{\"type\":\"poisson-gauss\",\"observed\":[" + in.get("nobs") + "],\"background\":["
                + in.get("bkg") + "],\"backgroundError\":[" + in.get("bkgerr") + "],\"signal\":[" + in.get("nsig") + "]}");
        IngestCommandTest.Run r = run("stats", "--model", f.toString(), "--mu", "0,1");
        assertEquals(0, r.code(), r.err());
        JsonNode out = parse(r.out());
        String ref = "golden smodels_single_sr sr1_004 ";
        assertRelClose(g.get("nll_mu1").asDouble(), out.get("nll").get("1").asDouble(), 1e-7, ref + "nll_mu1 (rel 1e-7)");
        assertRelClose(g.get("nll_mu0").asDouble(), out.get("nll").get("0").asDouble(), 1e-7, ref + "nll_mu0 (rel 1e-7)");
        assertAbsClose(g.get("muhat_precise").asDouble(), out.get("muhat").asDouble(), 1e-4, ref + "muhat_precise (abs 1e-4)");
        assertAbsClose(g.get("CLs_mu1_observed_exact_muhat").asDouble(), out.get("cls").get("1").asDouble(), 1e-5,
                ref + "CLs_mu1_observed_exact_muhat (abs 1e-5)");
        assertRelClose(g.get("ul_mu_observed_exact_muhat").asDouble(), out.get("upperLimit").get("observed").asDouble(),
                1e-5, ref + "ul_mu_observed_exact_muhat (rel 1e-5)");
        assertRelClose(g.get("ul_mu_expected_apriori_exact_muhat").asDouble(),
                out.get("upperLimit").get("expected").asDouble(), 1e-5, ref + "ul_mu_expected_apriori_exact_muhat (rel 1e-5)");
    }

    @Test
    void stats_goldenPyhfPatchset_printsPyhfNumbers() throws Exception {
        JsonNode c = golden("pyhf_workspaces.json", "pyhf_test_patchset_example");
        JsonNode in = c.get("input");
        JsonNode g = c.get("output");
        Path ws = SharedData.require(in.get("workspace_file").asText().replaceFirst("^shared/", ""));
        Path ps = SharedData.require(in.get("patchset_file").asText().replaceFirst("^shared/", ""));
        Path f = model("pyhf.json", "{\"type\":\"pyhf\",\"workspace\":" + Json.mapper().writeValueAsString(ws.toString())
                + ",\"patch\":" + Json.mapper().writeValueAsString(ps.toString()) + ",\"patchName\":" + in.get("patch_name") + "}");
        Path schemas = SharedData.require("schemas/pyhf");
        IngestCommandTest.Run r = run("stats", "--model", f.toString(), "--mu", "1", "--pyhf-schemas", schemas.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode out = parse(r.out());
        String ref = "golden pyhf_workspaces pyhf_test_patchset_example ";
        assertAbsClose(g.get("mu_hat").asDouble(), out.get("muhat").asDouble(), 1e-3, ref + "mu_hat (abs 1e-3)");
        assertAbsClose(g.get("twice_nll_bestfit").asDouble(), 2 * out.get("nllMin").asDouble(), 1e-5,
                ref + "twice_nll_bestfit (abs 1e-5)");
        assertAbsClose(g.get("twice_nll_fixed_mu1").asDouble(), 2 * out.get("nll").get("1").asDouble(), 1e-5,
                ref + "twice_nll_fixed_mu1 (abs 1e-5)");
        assertRelClose(g.get("CLs_obs_mu1").asDouble(), out.get("cls").get("1").asDouble(), 1e-3, ref + "CLs_obs_mu1 (rel 1e-3)");
        assertRelClose(g.get("ul_mu_obs").asDouble(), out.get("upperLimit").get("observed").asDouble(), 1e-3,
                ref + "ul_mu_obs (rel 1e-3)");
        for (int k = 0; k < 5; k++) {
            assertRelClose(g.get("ul_mu_exp_band").get(k).asDouble(), out.get("upperLimit").get("expectedBand").get(k).asDouble(),
                    1e-3, ref + "ul_mu_exp_band[" + k + "] (rel 1e-3)");
        }
        assertEquals(out.get("upperLimit").get("expectedBand").get(2), out.get("upperLimit").get("expected"), "expected = median");
    }

    @Test
    void stats_exitCodes_usageInvalidMissing() throws Exception {
        assertEquals(64, run("stats").code(), "--model is required");
        Path ok = model("ok.json", "{\"type\":\"poisson-gauss\",\"observed\":[3],\"background\":[2],"
                + "\"backgroundError\":[0.5],\"signal\":[1]}");
        assertEquals(64, run("stats", "--model", ok.toString(), "--mu", "one").code(), "--mu must be numbers");
        Path two = model("two.json", "{\"type\":\"poisson-gauss\",\"observed\":[3,1],\"background\":[2,1],"
                + "\"backgroundError\":[0.5,0.5],\"signal\":[1,1]}");
        assertEquals(64, run("stats", "--model", two.toString(), "--marginalise").code(), "marginalise: one region only");
        IngestCommandTest.Run missing = run("stats", "--model", dir.resolve("absent.json").toString());
        assertEquals(66, missing.code(), missing.err());
        Path bad = model("bad.json", "{\"type\":\"poisson-gauss\",\"observed\":[3,1],\"background\":[2,1],"
                + "\"covariance\":[[1,3],[3,1]],\"signal\":[1,1]}");
        IngestCommandTest.Run invalid = run("stats", "--model", bad.toString());
        assertEquals(65, invalid.code(), invalid.err());
        assertTrue(invalid.err().contains("bad.json#/model/covariance/1"), invalid.err());
        assertEquals("", invalid.out(), "nothing on stdout after a failure");
        IngestCommandTest.Run fine = run("stats", "--model", ok.toString(), "--allow-negative", "--marginalise");
        assertEquals(0, fine.code(), fine.err());
        assertTrue(parse(fine.out()).get("likelihood").asText().contains("marginalised"));
    }
}
