package org.protomodels.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** protomodel walk on the toy database: outputs, exit codes, resume of a finished run. */
class WalkCommandTest {
    @Test
    void walk_toyTwoWalkersThreeSteps_writesOutputsAndResumesAtOnce(@TempDir Path dir) throws Exception {
        var ingest = IngestCommandTest.run("ingest", "--toy", "--progress", "none", "--out", dir.resolve("db").toString());
        assertEquals(0, ingest.code(), ingest.err());
        String db = dir.resolve("db/database.json").toString();
        String out = dir.resolve("walk").toString();
        var r = IngestCommandTest.run("walk", "--database", db, "--walkers", "2", "--steps", "3", "--seed", "5",
                "--threads", "2", "--profile", "paper2020", "--progress", "plain", "--out", out);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("hiscores: "), r.out());
        assertEquals(6, Files.readAllLines(dir.resolve("walk/history.jsonl")).size(), "2 walkers x 3 steps");
        assertTrue(Files.isRegularFile(dir.resolve("walk/checkpoints/walker-0001.json")));
        byte[] before = Files.readAllBytes(dir.resolve("walk/history.jsonl"));
        var again = IngestCommandTest.run("walk", "--database", db, "--walkers", "2", "--steps", "3", "--seed", "5",
                "--profile", "paper2020", "--resume", "--progress", "none", "--out", out);
        assertEquals(0, again.code(), again.err());
        assertEquals(new String(before), Files.readString(dir.resolve("walk/history.jsonl")), "resume of a finished run");
    }

    @Test
    void walk_badArguments_usageAndMissingInputCodes(@TempDir Path dir) {
        assertEquals(64, IngestCommandTest.run("walk", "--database", dir.resolve("none.json").toString(), "--walkers", "0",
                "--out", dir.resolve("w").toString()).code(), "--walkers 0 is a usage error");
        assertEquals(64, IngestCommandTest.run("walk", "--database", dir.resolve("none.json").toString(), "--profile", "nope",
                "--out", dir.resolve("w").toString()).code(), "unknown profile");
        assertEquals(66, IngestCommandTest.run("walk", "--database", dir.resolve("none.json").toString(),
                "--out", dir.resolve("w").toString()).code(), "missing database");
    }
}
