package org.protomodels.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Analysis;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.database.ObservationOverlay;
import org.protomodels.ingest.smodels.SModelSTextReader;
import org.protomodels.io.Json;
import org.protomodels.step.EventSink;
import org.protomodels.testing.SharedData;

/**
 * ATLAS-SUSY-2018-31 of the SModelS 3.0.0 release with its simplified pyhf workspaces (jsonFiles in the older
 * form: region names only). The mapping rule of {@link PyhfBackground} is checked against the data themselves:
 * the workspace's observation in the bin a region is mapped to must be that region's observedN in dataInfo.txt.
 */
class FakesWorkspacesRealDataIT {
    @Test
    void run_atlasSusy201831Simplified_binsMapToTheRightRegions_fixedFakeIsNominal(@TempDir Path dir) {
        Path root = SharedData.require("data/smodels/database-release-3.0.0");
        List<Analysis> analyses = SModelSTextReader.read(root, s -> { }).analyses().stream()
                .filter(a -> a.id().equals("ATLAS-SUSY-2018-31-eff")).toList();
        Path db = dir.resolve("database.json");
        DatabaseIO.write(db, Database.of("test", analyses, Map.of(), List.of()));
        Analysis a = analyses.get(0);
        var r = new FakesStage(EventSink.NONE).run(new FakesInputs(db, 1, 1L, new FakeSettings(1.0, true, false, 400),
                root, null, 0, dir.resolve("fakes")));
        ObservationOverlay o = Json.readValue(r.fakes().get(0), ObservationOverlay.class);
        assertNotNull(o.workspaceData());
        assertEquals(3, o.workspaceData().size(), "simplifiedA/B/C.json all sampled");
        int checked = 0;
        for (var ws : a.workspaces()) {
            JsonNode tree = Json.readTree(root.resolve(ws.path()));
            PyhfBackground m = PyhfBackground.of(a, ws, root.resolve(ws.path()),
                    org.protomodels.likelihoods.PyhfSchemaLocator.locate(null).schemas());
            for (String region : m.regions()) {
                double observedInWorkspace = observedAt(tree, o.workspaceData().get(ws.path()), o.observedCounts()
                        .get(a.id() + ":" + region));
                assertEquals(a.dataset(region).counts().observedN(), observedInWorkspace, 0,
                        ws.path() + " bin of " + region + ": workspace observation = dataInfo observedN");
                assertEquals(m.expected(region), o.observedCounts().get(a.id() + ":" + region), 0,
                        "fixed backgrounds: the nominal background-only expectation");
                checked++;
            }
        }
        assertEquals(8, checked, "SRA_L/M/H, SRB, SRC_22/24/26/28");
    }

    /** The workspace's observed count in the channel bin whose fake value is {@code value}. */
    private static double observedAt(JsonNode ws, Map<String, double[]> data, double value) {
        for (var e : data.entrySet()) {
            for (int i = 0; i < e.getValue().length; i++) {
                if (!e.getKey().equals("_aux") && e.getValue()[i] == value) {
                    for (JsonNode obs : ws.get("observations")) {
                        if (obs.get("name").asText().equals(e.getKey())) {
                            return obs.get("data").get(i).asDouble();
                        }
                    }
                }
            }
        }
        throw new AssertionError("no bin holds " + value);
    }
}
