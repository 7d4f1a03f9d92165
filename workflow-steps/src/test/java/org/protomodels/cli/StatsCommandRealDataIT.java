package org.protomodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.protomodels.testing.Assertions2.assertRelClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.io.Json;
import org.protomodels.testing.SharedData;

/**
 * {@code protomodel stats} on a full ATLAS likelihood whose limits lie above the workspace's POI range: the
 * range is widened as the golden reference did (golden pyhf_workspaces, ul_poi_bounds_used).
 */
class StatsCommandRealDataIT {
    @Test
    void stats_atlasRegionBAbovePoiBound_widenedLikeGolden(@TempDir Path dir) throws Exception {
        JsonNode c = StatsCommandTest.golden("pyhf_workspaces.json", "ATLAS-SUSY-2018-31_RegionB_sbottom_1400_550_60");
        JsonNode in = c.get("input");
        JsonNode g = c.get("output");
        Path ws = SharedData.require(in.get("workspace_file").asText().replaceFirst("^shared/", ""));
        Path patch = SharedData.require(in.get("jsonpatch_file").asText().replaceFirst("^shared/", ""));
        Path f = dir.resolve("model.json");
        Files.writeString(f, "{\"kind\":\"stats-model\",\"version\":\"1.0.0\",\"model\":{\"type\":\"pyhf\",\"workspace\":"
                + Json.mapper().writeValueAsString(ws.toString()) + ",\"patch\":"
                + Json.mapper().writeValueAsString(patch.toString()) + "}}");
        // no --pyhf-schemas: the official ones are looked up under protomodels.shared
        IngestCommandTest.Run r = IngestCommandTest.run("stats", "--model", f.toString(), "--mu", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode out = StatsCommandTest.parse(r.out());
        String ref = "golden pyhf_workspaces " + c.get("id").asText() + " ";
        assertEquals(g.get("ul_poi_bounds_used"), out.get("upperLimit").get("poiBounds"), ref + "ul_poi_bounds_used");
        assertRelClose(g.get("ul_mu_obs_wider_poi_bounds").asDouble(), out.get("upperLimit").get("observed").asDouble(),
                1e-3, ref + "ul_mu_obs_wider_poi_bounds (rel 1e-3)");
        for (int k = 0; k < 5; k++) {
            assertRelClose(g.get("ul_mu_exp_band_wider_poi_bounds").get(k).asDouble(),
                    out.get("upperLimit").get("expectedBand").get(k).asDouble(), 1e-3,
                    ref + "ul_mu_exp_band_wider_poi_bounds[" + k + "] (rel 1e-3)");
        }
        assertRelClose(g.get("CLs_obs_mu1").asDouble(), out.get("cls").get("1").asDouble(), 1e-3, ref + "CLs_obs_mu1 (rel 1e-3)");
        assertEquals(g.get("twice_nll_bestfit").asDouble(), 2 * out.get("nllMin").asDouble(), 1e-5,
                ref + "twice_nll_bestfit (abs 1e-5)");
    }
}
