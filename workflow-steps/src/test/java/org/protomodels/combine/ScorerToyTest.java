package org.protomodels.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestStage;
import org.protomodels.ingest.ToyDatabase;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.ProtoModelFiles;
import org.protomodels.step.EventSink;

/** The toy database (database/toy): the planted protomodel must score well under both profiles. */
class ScorerToyTest {
    @TempDir
    static Path shared;
    static Database db;
    static ToyDatabase toy;
    static ProtoModel planted;

    @BeforeAll
    static void ingestToy() {
        Path out = shared.resolve("ingest");
        new IngestStage(EventSink.NONE).run(new IngestInputs(List.of(), List.of(), null, null, null, null, true, out));
        db = DatabaseIO.read(out.resolve("database.json"));
        toy = ToyDatabase.extract();
        planted = ProtoModelFiles.read(toy.root().resolve("planted.json"), 0);
    }

    @AfterAll
    static void cleanup() {
        if (toy != null) {
            toy.close();
        }
    }

    static ProtoModel lspOnly() {
        return ProtoModel.of(Map.of(1000022, 150.0), List.of(), List.of(), null);
    }

    @Test
    void score_plantedV2WithWorkspaces_positiveKAboveLspOnly() {
        Scorer s = Scorer.of(db, Profile.builtin("v2"), toy.root()).withCurves(true);
        Score planted = s.score(ScorerToyTest.planted);
        Score lsp = s.score(lspOnly());
        assertTrue(planted.defined(), String.valueOf(planted.explanation()));
        assertTrue(planted.k() > 0, "planted K = " + planted.k());
        assertTrue(planted.k() > lsp.k(), "planted beats the LSP-only model");
        assertEquals(0, lsp.k(), 0, "LSP only: no prediction, K = 0 by convention");
        assertNotNull(lsp.explanation());
        assertTrue(planted.particlesInCombination().contains(1000006), planted.particlesInCombination().toString());
        assertNotNull(planted.curves());
        assertEquals(Scorer.CURVE_POINTS, planted.curves().mu().length);
    }

    @Test
    void score_plantedPaper2020_positiveK() {
        Score planted = Scorer.of(db, Profile.builtin("paper2020")).score(ScorerToyTest.planted);
        assertTrue(planted.defined(), String.valueOf(planted.explanation()));
        assertTrue(planted.k() > 0, "planted K = " + planted.k());
        assertFalse(planted.combination().isEmpty());
    }
}
