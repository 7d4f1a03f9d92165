package org.protomodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.ingest.ToyDatabase;

/** {@code protomodel likelihoods}: one output line, exit codes 0/64/65/66, nothing partial on failure. */
class LikelihoodsCommandTest {
    static IngestCommandTest.Run run(String... args) {
        return IngestCommandTest.run(args);
    }

    @Test
    void likelihoods_toy_exitCodes(@TempDir Path dir) throws Exception {
        assertEquals(0, run("ingest", "--toy", "--progress", "none", "--out", dir.resolve("ingest").toString()).code());
        String db = dir.resolve("ingest/database.json").toString();
        try (ToyDatabase toy = ToyDatabase.extract()) {
            IngestCommandTest.Run ok = run("likelihoods", "--database", db, "--workspaces", toy.root().toString(),
                    "--progress", "none", "--out", dir.resolve("lk").toString());
            assertEquals(0, ok.code(), ok.err());
            assertTrue(ok.out().startsWith("likelihoods: "), ok.out());
            String json = Files.readString(dir.resolve("lk/likelihoods.json"));
            assertTrue(json.contains("\"status\":\"ok\""), "the toy workspace fit");
            assertFalse(json.contains(dir.toString()), "no absolute paths in likelihoods.json");

            assertEquals(64, run("likelihoods", "--out", dir.resolve("x").toString()).code(), "--database is required");
            assertEquals(64, run("likelihoods", "--database", db, "--param", "nope=1", "--out",
                    dir.resolve("x").toString()).code(), "unknown parameter");
            IngestCommandTest.Run missing = run("likelihoods", "--database", dir.resolve("absent.json").toString(),
                    "--out", dir.resolve("x").toString());
            assertEquals(66, missing.code(), missing.err());
            assertEquals(66, run("likelihoods", "--database", db, "--workspaces", dir.resolve("nowhere").toString(),
                    "--out", dir.resolve("x").toString()).code(), "--workspaces must exist");

            Path changed = dir.resolve("changed");
            String rel = "hepdata/ATLAS-TOY-13-005/BkgOnly.json";
            Files.createDirectories(changed.resolve(rel).getParent());
            Files.writeString(changed.resolve(rel), Files.readString(toy.root().resolve(rel)).replace("\"SR1\"", "\"SR1 \""));
            IngestCommandTest.Run bad = run("likelihoods", "--database", db, "--workspaces", changed.toString(),
                    "--progress", "none", "--out", dir.resolve("bad").toString());
            assertEquals(65, bad.code(), bad.err());
            assertTrue(bad.err().contains("BkgOnly.json") && bad.err().contains("sha256"), bad.err());
            assertFalse(Files.exists(dir.resolve("bad/likelihoods.json")), "no output after a failure");
        }
    }
}
