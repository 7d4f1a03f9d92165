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

    @Test
    void walk_fakes_everyFakeInItsFolder_likeSeparateWalks(@TempDir Path dir) throws Exception {
        assertEquals(0, IngestCommandTest.run("ingest", "--toy", "--progress", "none", "--out", dir.resolve("db").toString()).code());
        var fakes = IngestCommandTest.run("fakes", "--database", dir.resolve("db/database.json").toString(), "--count", "2",
                "--seed", "3", "--progress", "none", "--out", dir.resolve("fakes").toString());
        assertEquals(0, fakes.code(), fakes.err());
        String index = dir.resolve("fakes/fakes.json").toString();
        var r = IngestCommandTest.run("walk", "--fakes", index, "--walkers", "2", "--steps", "4", "--seed", "5",
                "--threads", "2", "--profile", "paper2020", "--progress", "plain", "--out", dir.resolve("fw").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("walks: 2 fakes"), r.out());
        assertTrue(r.err().contains("fake-0001 (2 of 2)"), "progress per fake: " + r.err());
        // fake 1 alone, with the seed the fake walks give it
        var alone = IngestCommandTest.run("walk", "--database", dir.resolve("fakes/fakes/fake-0001.json").toString(),
                "--walkers", "2", "--steps", "4", "--seed", Long.toString(org.protomodels.walk.WalkInputs.seedForFake(5, 1)),
                "--profile", "paper2020", "--progress", "none", "--out", dir.resolve("alone").toString());
        assertEquals(0, alone.code(), alone.err());
        for (String f : new String[] {"hiscores.json", "history.jsonl", "walk.manifest.json"}) {
            assertEquals(Files.readString(dir.resolve("alone").resolve(f)), Files.readString(dir.resolve("fw/fake-0001").resolve(f)), f);
        }
        var again = IngestCommandTest.run("walk", "--fakes", index, "--walkers", "2", "--steps", "4", "--seed", "5",
                "--profile", "paper2020", "--resume", "--progress", "none", "--out", dir.resolve("fw").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("(2 already complete)"), again.out());
    }

    @Test
    void walk_fakesWithWalkerRangeOrWithoutSource_usageError(@TempDir Path dir) {
        String out = dir.resolve("w").toString();
        String index = dir.resolve("fakes.json").toString();
        var r = IngestCommandTest.run("walk", "--fakes", index, "--walker-range", "0:1", "--out", out);
        assertEquals(64, r.code(), "--walker-range with --fakes");
        assertTrue(r.err().contains("--walker-range"), r.err());
        assertEquals(64, IngestCommandTest.run("walk", "--out", out).code(), "neither --database nor --fakes");
        assertEquals(64, IngestCommandTest.run("walk", "--fakes", index, "--database", index, "--out", out).code(), "both");
        assertEquals(64, IngestCommandTest.run("walk", "--database", index, "--fake-range", "0:1", "--out", out).code(),
                "--fake-range without --fakes");
        assertEquals(66, IngestCommandTest.run("walk", "--fakes", index, "--out", out).code(), "missing fakes.json");
    }
}
