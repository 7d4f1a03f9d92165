package org.protomodels.fakes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.database.ObservationOverlay;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestStage;
import org.protomodels.ingest.ToyDatabase;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.predict.Predictor;
import org.protomodels.predict.model.ProtoModelFiles;
import org.protomodels.step.EventSink;

/** The fakes stage on the embedded toy database: pyhf workspace sampled, the planted protomodel injected. */
class FakesStageToyTest {
    private static final Path PLANTED = Path.of("../database/toy/planted.json");
    private static ToyDatabase toy;

    @TempDir
    static Path dir;
    private static Path db;

    @BeforeAll
    static void ingest() {
        toy = ToyDatabase.extract();
        db = new IngestStage(EventSink.NONE).run(new IngestInputs(List.of(), List.of(), null, null, null, null, true,
                dir.resolve("ingest"))).databaseFile();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        toy.close();
    }

    @Test
    void run_technicalClosureOnToy_countsAreBackgroundPlusPredictedSignal_andSchemaValid() throws Exception {
        FakeSettings st = new FakeSettings(1.0, true, true, 400);
        var r = new FakesStage(EventSink.NONE).run(new FakesInputs(db, 2, 5L, st, toy.root(), PLANTED, 0, dir.resolve("tech")));
        Database original = DatabaseIO.read(db);
        var predictions = Predictor.predict(ProtoModelFiles.read(PLANTED, 0), original);
        var sr3 = predictions.stream().filter(p -> p.analysisId().equals("ATLAS-TOY-13-002") && p.datasetId().equals("SR3"))
                .findFirst().orElseThrow();
        ObservationOverlay o = Json.readValue(r.fakes().get(0), ObservationOverlay.class);
        double b = original.analysis("ATLAS-TOY-13-002").dataset("SR3").counts().expectedBG();
        assertRelClose(b + sr3.signalYield(), o.observedCounts().get("ATLAS-TOY-13-002:SR3"), 1e-12,
                "fixed backgrounds and signals: n = b + s (Predictor on planted.json)");
        // the pyhf analysis: counts from the workspace's background-only expectation (toy BkgOnly.json SR2: 5)
        double s2 = predictions.stream().filter(p -> p.analysisId().equals("ATLAS-TOY-13-005") && p.datasetId().equals("SR2")
                && p.signalYield() != null).mapToDouble(p -> p.signalYield()).sum();
        assertRelClose(5 + s2, o.observedCounts().get("ATLAS-TOY-13-005:SR2"), 1e-12, "toy BkgOnly.json SR2 nominal 5 + s");
        assertNotNull(o.workspaceData(), "the sampled workspace data are stored");
        assertEquals(5 + s2, o.workspaceData().values().iterator().next().get("SR2")[0], 1e-12);
        assertNotNull(o.observedLimits(), "upper-limit maps raised near the planted masses");
        // fakes.json and the fakes validate against the own schemas and read as full databases
        SchemaValidator.own().validateOwn(Json.readTree(r.index()), r.index().toString());
        SchemaValidator.own().validateOwn(Json.readTree(r.fakes().get(0)), r.fakes().get(0).toString());
        Database fake = DatabaseIO.read(r.fakes().get(1));
        assertTrue(fake.databaseVersion().endsWith("+injected1"), fake.databaseVersion());
        String index = Files.readString(r.index());
        assertTrue(index.contains("\"sha256\"") && index.contains("planted.json"), "fakes.json names the injected model");
    }

    @Test
    void run_sameSeedWithInjectionAndWorkspaces_sameBytes() throws Exception {
        FakeSettings st = new FakeSettings(1.0, false, false, 400);
        new FakesStage(EventSink.NONE).run(new FakesInputs(db, 2, 8L, st, toy.root(), PLANTED, 0, dir.resolve("a")));
        new FakesStage(EventSink.NONE).run(new FakesInputs(db, 2, 8L, st, toy.root(), PLANTED, 0, dir.resolve("b")));
        for (String f : new String[] {"fakes.json", "fakes/fake-0000.json", "fakes/fake-0001.json"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
    }
}
