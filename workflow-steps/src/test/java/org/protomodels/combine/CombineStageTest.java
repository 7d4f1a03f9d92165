package org.protomodels.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.io.Json;
import org.protomodels.step.EventSink;

class CombineStageTest {
    @Test
    void run_matrixNamesUnknownAnalysis_warnsAndListsIt(@TempDir Path dir) {
        Database db = Database.of("t", List.of(
                CombinabilityTest.ana("ATLAS-A", 13, List.of(), List.of(CombinabilityTest.sr("SR1", List.of()))),
                CombinabilityTest.ana("ATLAS-B", 13, List.of(), List.of(CombinabilityTest.sr("SR1", List.of())))),
                Map.of("ATLAS-A", List.of("ATLAS-B", "ATLAS-GHOST")), List.of());
        Path file = dir.resolve("database.json");
        DatabaseIO.write(file, db);
        List<String> warnings = new ArrayList<>();
        EventSink sink = new EventSink() {
            @Override
            public void log(Level level, String message) {
                if (level == Level.WARN) {
                    warnings.add(message);
                }
            }

            @Override
            public void progress(String task, long done, long total, String detail) {
            }
        };
        CombineStage.Result r = new CombineStage(sink).run(new CombineInputs(file, "v2", Map.of(), dir.resolve("out")));
        assertEquals(Set.of("ATLAS-GHOST"), r.unknownAnalyses());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("ATLAS-GHOST"), warnings.get(0));
        JsonNode doc = Json.readTree(r.file());
        assertEquals("ATLAS-GHOST", doc.get("unknownAnalyses").get(0).asText());
        assertTrue(doc.get("matrix").get(0).get(1).get("combinable").asBoolean(), "listed by the matrix");
        assertTrue(doc.get("matrix").get(0).get(1).get("reason").asText().contains("combination matrix"));
    }
}
