package org.protomodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.io.Json;

/** protomodel predict on the toy database with its planted protomodel. */
class PredictCommandTest {
    @Test
    void predict_plantedStopOnToy_t2ttEverywhereWithTableCrossSection(@TempDir Path dir) throws Exception {
        var ingest = IngestCommandTest.run("ingest", "--toy", "--progress", "none", "--out", dir.resolve("db").toString());
        assertEquals(0, ingest.code(), ingest.err());
        var r = IngestCommandTest.run("predict", "--protomodel", Path.of("../database/toy/planted.json").toString(),
                "--database", dir.resolve("db/database.json").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode preds = Json.mapper().readTree(r.out());
        assertTrue(preds.size() > 10, "predictions in most toy analyses: " + preds.size());
        // the upper-limit result sees the whole pair cross section: synthetic table at 800 GeV x SSM 1
        double sigma13 = Math.exp(37.67 - 6.10 * Math.log(800) - 5.2e-4 * 800) * 1000;
        for (JsonNode p : preds) {
            if (p.get("analysisId").asText().equals("CMS-TOY-13-001")) {
                // table stores 4 significant digits (2.954E-02 pb), interpolation is exact at 800 GeV
                assertRelClose(sigma13, p.get("sigmaFb").asDouble(), 1e-3, "toy stop table at 800 GeV, 4 digits");
                assertTrue(p.get("rObs").asDouble() < 1, "the planted model is allowed by the toy limits");
            }
        }
        var table = IngestCommandTest.run("predict", "--protomodel", Path.of("../database/toy/planted.json").toString(),
                "--database", dir.resolve("db/database.json").toString());
        assertTrue(table.out().startsWith("analysis"), table.out());
        assertEquals(66, IngestCommandTest.run("predict", "--protomodel", dir.resolve("none.json").toString(),
                "--database", dir.resolve("db/database.json").toString()).code());
    }
}
