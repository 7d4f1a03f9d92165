package org.protomodels.likelihoods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.SignalRegionCounts;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestStage;
import org.protomodels.ingest.ToyDatabase;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.stats.simplified.AsymptoticCls;
import org.protomodels.stats.simplified.ModelInput;
import org.protomodels.stats.simplified.SimplifiedLikelihood;
import org.protomodels.step.EventSink;
import org.protomodels.step.InvalidInputException;

/** The likelihoods stage on the toy database: model kinds, recomputed limits, the workspace fit, failures. */
class LikelihoodsStageTest {
    @TempDir
    static Path shared;
    static Path database;
    static ToyDatabase toy;

    @BeforeAll
    static void ingestToy() {
        Path out = shared.resolve("ingest");
        new IngestStage(EventSink.NONE).run(new IngestInputs(List.of(), List.of(), null, null, null, null, true, out));
        database = out.resolve("database.json");
        toy = ToyDatabase.extract();
    }

    @AfterAll
    static void cleanup() {
        toy.close();
    }

    static Map<String, LikelihoodsReport.AnalysisLikelihood> byId(LikelihoodsReport r) {
        return r.analyses().stream().collect(Collectors.toMap(LikelihoodsReport.AnalysisLikelihood::id, a -> a));
    }

    @Test
    void run_toyDatabase_modelKindsAndWorkspaceFit(@TempDir Path out) {
        LikelihoodsStage.Result r = new LikelihoodsStage(EventSink.NONE)
                .run(new LikelihoodsInputs(database, toy.root(), null, out));
        var a = byId(r.report());
        assertEquals("truncated-gaussian", a.get("ATLAS-TOY-13-003").model());
        assertEquals("poisson-gauss", a.get("ATLAS-TOY-13-002").model());
        assertEquals("slv1", a.get("CMS-TOY-13-004").model());
        assertEquals("pyhf", a.get("ATLAS-TOY-13-005").model());
        LikelihoodsReport.WorkspaceCheck w = a.get("ATLAS-TOY-13-005").workspaces().get(0);
        assertEquals("ok", w.status(), String.valueOf(w.message()));
        assertEquals("mu_SIG", w.poi());
        assertNotNull(w.twiceNllBackgroundOnly());
        assertTrue(a.get("ATLAS-TOY-13-003").signalRegions().isEmpty(), "UL maps have no signal regions to check");
        SchemaValidator.own().validateOwn(Json.readTree(r.file()), r.file().toString());
        assertTrue(Files.isRegularFile(out.resolve("likelihoods.manifest.json")));
        assertFalse(Files.exists(out.resolve(".tmp-likelihoods")));
    }

    @Test
    void run_twice_byteIdentical(@TempDir Path out) throws Exception {
        new LikelihoodsStage(EventSink.NONE).run(new LikelihoodsInputs(database, toy.root(), null, out.resolve("a")));
        new LikelihoodsStage(EventSink.NONE).run(new LikelihoodsInputs(database, toy.root(), null, out.resolve("b")));
        assertArrayEquals(Files.readAllBytes(out.resolve("a/likelihoods.json")), Files.readAllBytes(out.resolve("b/likelihoods.json")));
    }

    @Test
    void run_noWorkspacesFolder_notChecked(@TempDir Path out) {
        var a = byId(new LikelihoodsStage(EventSink.NONE).run(new LikelihoodsInputs(database, null, null, out)).report());
        assertEquals("not-checked", a.get("ATLAS-TOY-13-005").workspaces().get(0).status());
    }

    @Test
    void run_workspaceAbsent_statusMissing(@TempDir Path out) throws Exception {
        Path empty = Files.createDirectories(out.resolve("empty"));
        var a = byId(new LikelihoodsStage(EventSink.NONE).run(new LikelihoodsInputs(database, empty, null, out.resolve("o"))).report());
        assertEquals("missing", a.get("ATLAS-TOY-13-005").workspaces().get(0).status());
    }

    @Test
    void run_workspaceChanged_shaMismatchExit65_noOutput(@TempDir Path out) throws Exception {
        String rel = "hepdata/ATLAS-TOY-13-005/BkgOnly.json";
        Path copy = out.resolve("ws");
        Files.createDirectories(copy.resolve(rel).getParent());
        Files.writeString(copy.resolve(rel), Files.readString(toy.root().resolve(rel)) + " ");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new LikelihoodsStage(EventSink.NONE)
                .run(new LikelihoodsInputs(database, copy, null, out.resolve("o"))));
        assertTrue(e.getMessage().contains("BkgOnly.json") && e.getMessage().contains("sha256"), e.getMessage());
        assertTrue(e.getMessage().contains("/workspaces/0/sha256"), e.getMessage());
        assertFalse(Files.exists(out.resolve("o/likelihoods.json")));
    }

    @Test
    void region_recomputedLimit_isMuLimitTimesUnitCrossSection() {
        // independent route: the limit on mu for s = 1 fb x 20 fb^-1 events, times 1 fb
        DataSet d = new DataSet("SR", DataType.EFFICIENCY_MAP, new SignalRegionCounts(12, 8.4, 1.7, 0.09, 0.06, null), null, List.of());
        LikelihoodsReport.RegionCheck r = LikelihoodsStage.region(d, 20.0);
        double mu = AsymptoticCls.of(SimplifiedLikelihood.of(ModelInput.singleRegion(12, 8.4, 1.7, 20.0)),
                org.protomodels.stats.simplified.EvaluationType.OBSERVED).upperLimit();
        assertRelClose(mu, r.upperLimit().recomputed(), 1e-12, "same construction (rel 1e-12)");
        assertRelClose(r.upperLimit().recomputed() / 0.09, r.upperLimit().ratio(), 1e-12, "ratio to published");
        assertEquals("ok", r.status());
        assertTrue(r.upperLimit().recomputedMarginalised() > r.upperLimit().recomputed(),
                "a 20% signal uncertainty loosens the limit");
    }

    @Test
    void region_zeroBackgroundError_failedNotThrown() {
        DataSet d = new DataSet("SR", DataType.EFFICIENCY_MAP, new SignalRegionCounts(1, 1, 0, null, null, null), null, List.of());
        assertEquals("failed", LikelihoodsStage.region(d, 10).status());
    }
}
