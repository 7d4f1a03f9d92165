package org.protomodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.ingest.ToyDatabase;

/** {@code protomodel fakes} and {@code protomodel pvalues} options: injection, fixed draws, hiscores inputs, exit codes. */
class FakesCommandTest {
    static IngestCommandTest.Run run(String... args) {
        return IngestCommandTest.run(args);
    }

    @Test
    void fakes_toyInjectionAndWorkspaces_thenGlobalPValue_exitCodes(@TempDir Path dir) throws Exception {
        assertEquals(0, run("ingest", "--toy", "--progress", "none", "--out", dir.resolve("ingest").toString()).code());
        String db = dir.resolve("ingest/database.json").toString();
        try (ToyDatabase toy = ToyDatabase.extract()) {
            IngestCommandTest.Run ok = run("fakes", "--database", db, "--count", "2", "--seed", "4",
                    "--workspaces", toy.root().toString(), "--inject", "../database/toy/planted.json",
                    "--max-mass-distance", "100", "--fixed-backgrounds", "--fixed-signals", "--progress", "none",
                    "--out", dir.resolve("f").toString());
            assertEquals(0, ok.code(), ok.err());
            assertTrue(ok.out().startsWith("fakes: "), ok.out());
            var index = org.protomodels.io.Json.readTree(dir.resolve("f/fakes.json"));
            assertEquals(100, index.at("/maxMassDistance").asDouble(), 0);
            assertTrue(index.at("/fixedBackgrounds").asBoolean() && index.at("/fixedSignals").asBoolean());
            assertEquals("planted.json", index.at("/protomodel/file").asText());
            assertTrue(index.at("/workspaces/0").asText().endsWith("BkgOnly.json"), index.toString());
            assertEquals(64, run("fakes", "--database", db, "--fudge", "0", "--out", dir.resolve("x").toString()).code(),
                    "--fudge must be > 0");
            assertEquals(64, run("fakes", "--database", db, "--max-mass-distance", "-1", "--out", dir.resolve("x").toString()).code(),
                    "--max-mass-distance must be >= 0");
            assertEquals(66, run("fakes", "--database", db, "--inject", dir.resolve("none.json").toString(),
                    "--out", dir.resolve("x").toString()).code(), "--inject must exist");
            assertEquals(66, run("fakes", "--database", db, "--workspaces", dir.resolve("nowhere").toString(),
                    "--out", dir.resolve("x").toString()).code(), "--workspaces must exist");
        }
        org.protomodels.pvalues.GlobalPValueStageTest.hiscores(dir.resolve("real"), 3.0);
        for (int i = 0; i < 5; i++) {
            org.protomodels.pvalues.GlobalPValueStageTest.hiscores(dir.resolve("walks/fake-" + i), i);
        }
        IngestCommandTest.Run pv = run("pvalues", "--observed-hiscores", dir.resolve("real").toString(),
                "--fake-hiscores", dir.resolve("walks").toString(), "--progress", "none", "--out", dir.resolve("pv").toString());
        assertEquals(0, pv.code(), pv.err());
        assertTrue(pv.out().contains("global p-value: K_obs = 3.0000, 5 fakes, empirical 0.4000"), pv.out());
        assertEquals(64, run("pvalues", "--observed-hiscores", dir.resolve("real").toString(), "--out",
                dir.resolve("y").toString()).code(), "observed without fakes");
        assertEquals(64, run("pvalues", "--out", dir.resolve("y").toString()).code(), "nothing to compute");
        IngestCommandTest.Run sub = run("pvalues", "--database", db, "--subset", "stop=tx:T2.*", "--subset", "cms=id:CMS.*",
                "--error-scale", "0.8", "--progress", "none", "--out", dir.resolve("pv2").toString());
        assertEquals(0, sub.code(), sub.err());
        var json = org.protomodels.io.Json.readTree(dir.resolve("pv2/pvalues.json"));
        assertEquals("tx:T2.*", json.at("/subsetRules/stop").asText());
        assertTrue(json.at("/subsets/stop/regions").asInt() > 0, "the toy's T2tt analyses have regions: " + json.at("/subsets"));
        assertEquals(0.8, json.at("/errorScale").asDouble(), 0);
        assertEquals(64, run("pvalues", "--database", db, "--subset", "bad=tx:(", "--out", dir.resolve("z").toString()).code());
    }
}
