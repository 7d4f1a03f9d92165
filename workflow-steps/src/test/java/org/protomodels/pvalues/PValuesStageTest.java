package org.protomodels.pvalues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.DatabaseIO;
import org.protomodels.testing.SmallDatabases;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.step.EventSink;

class PValuesStageTest {
    @Test
    void run_twice_sameBytesIncludingPlots_andSchemaValid(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("database.json");
        DatabaseIO.write(db, SmallDatabases.correlated());
        var stage = new PValuesStage(EventSink.NONE);
        var r1 = stage.run(new PValuesInputs(db, Map.of("atlas", "ATLAS.*"), 1.0, dir.resolve("a")));
        stage.run(new PValuesInputs(db, Map.of("atlas", "ATLAS.*"), 1.0, dir.resolve("b")));
        assertEquals(2, r1.report().sm().regions().size(), "two efficiency-map regions in the fixture");
        // SR1: n = b = 100 -> p close to 0.5
        assertEquals(0.5, r1.report().sm().regions().get(0).p(), 0.05);
        for (String f : List.of("pvalues.json", "plots/pvalues-sm.png", "plots/pvalues-sm.svg", "plots/z-sm.png",
                "plots/z-sm.svg", "pvalues.manifest.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        byte[] png = Files.readAllBytes(dir.resolve("a/plots/pvalues-sm.png"));
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG image");
        assertTrue(Files.readString(dir.resolve("a/plots/z-sm.svg")).contains("<svg"), "an SVG image");
        var tree = Json.readTree(r1.file());
        SchemaValidator.own().validateOwn(tree, r1.file().toString());
    }

    @Test
    void run_toyWithPlantedProtomodel_excessExplainedUnderTheProtomodel(@TempDir Path dir) throws Exception {
        var ingest = new org.protomodels.ingest.IngestStage(EventSink.NONE).run(new org.protomodels.ingest.IngestInputs(
                List.of(), List.of(), null, null, null, null, true, dir.resolve("ingest")));
        Path planted = Path.of("../database/toy/planted.json");
        var r = new PValuesStage(EventSink.NONE).run(new PValuesInputs(ingest.databaseFile(), Map.of(), 1.0, planted, 0,
                dir.resolve("pv")));
        var sm = region(r.report().sm(), "ATLAS-TOY-13-002", "SR2");
        var bsm = region(r.report().protomodel(), "ATLAS-TOY-13-002", "SR2");
        // the planted excess (database/toy: SR-mid, centred on the planted masses): 57 observed on 22 +- 3.5,
        // far beyond 3 sigma under the SM ...
        assertTrue(sm.p() < 1e-3, "SM p-value of the planted excess: " + sm.p());
        // ... and ordinary under the planted protomodel, which predicts ~40 signal events there
        assertTrue(bsm.signal() > 10 && bsm.p() > 0.1, "protomodel: s = " + bsm.signal() + ", p = " + bsm.p());
        double dSm = Math.abs(r.report().sm().distribution().weightedMean() - 0.5);
        double dBsm = Math.abs(r.report().protomodel().distribution().weightedMean() - 0.5);
        assertTrue(dBsm < dSm, "the protomodel moves the mean p-value towards 0.5: " + dSm + " -> " + dBsm);
        assertTrue(Files.exists(dir.resolve("pv/plots/pvalues-protomodel.png")));
        SchemaValidator.own().validateOwn(Json.readTree(r.file()), r.file().toString());
    }

    private static RegionPValues.Region region(PValuesStage.Hypothesis h, String analysis, String dataset) {
        return h.regions().stream().filter(x -> x.analysis().equals(analysis) && x.dataset().equals(dataset))
                .findFirst().orElseThrow();
    }
}
