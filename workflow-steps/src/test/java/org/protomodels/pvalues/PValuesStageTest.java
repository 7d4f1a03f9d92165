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
}
