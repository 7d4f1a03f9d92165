package org.protomodels.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * protomodel walk --walker-range and walk-merge on the toy database with the real scorer: 6 walkers in the parts
 * 0:2, 2:5, 5:6 merged give the bytes of one 6-walker run (every file of the folder); a part of another seed is a
 * usage error (64) naming its folder.
 */
class WalkMergeCommandTest {
    static final String STEPS = "12";

    static List<String> walk(String db, Path out, String seed, String... extra) {
        List<String> a = new ArrayList<>(List.of("walk", "--database", db, "--walkers", "6", "--steps", STEPS,
                "--seed", seed, "--threads", "2", "--profile", "v2", "--progress", "none", "--out", out.toString()));
        a.addAll(List.of(extra));
        var r = IngestCommandTest.run(a.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return a;
    }

    @Test
    void walkMerge_toySixWalkersInThreeParts_bytesOfOneRun(@TempDir Path dir) throws Exception {
        var ingest = IngestCommandTest.run("ingest", "--toy", "--progress", "none", "--out", dir.resolve("db").toString());
        assertEquals(0, ingest.code(), ingest.err());
        String db = dir.resolve("db/database.json").toString();
        walk(db, dir.resolve("full"), "3");
        walk(db, dir.resolve("p0"), "3", "--walker-range", "0:2");
        walk(db, dir.resolve("p1"), "3", "--walker-range", "2:5");
        walk(db, dir.resolve("p2"), "3", "--param", "walkerRange=5:6");
        var m = IngestCommandTest.run("walk-merge", "--progress", "none", "--out", dir.resolve("merged").toString(),
                dir.resolve("p1").toString(), dir.resolve("p0").toString(), dir.resolve("p2").toString());
        assertEquals(0, m.code(), m.err());
        assertTrue(m.out().contains("hiscores: "), m.out());
        List<String> files = new ArrayList<>(List.of("hiscores.json", "history.jsonl", "walk.manifest.json"));
        for (int w = 0; w < 6; w++) {
            files.add(String.format(Locale.ROOT, "checkpoints/walker-%04d.json", w));
        }
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("full").resolve(f)), Files.readAllBytes(dir.resolve("merged").resolve(f)),
                    "toy database, seed 3, 6 x " + STEPS + " steps: " + f + " merged from 0:2, 2:5, 5:6 vs one run");
        }
        assertTrue(Files.readString(dir.resolve("full/hiscores.json")).contains("\"rank\""), "the toy walk accepted models");

        walk(db, dir.resolve("other"), "4", "--walker-range", "2:6");
        var refused = IngestCommandTest.run("walk-merge", "--progress", "none", "--out", dir.resolve("bad").toString(),
                dir.resolve("p0").toString(), dir.resolve("other").toString());
        assertEquals(64, refused.code(), "parts of two seeds: usage error");
        assertTrue(refused.err().contains(dir.resolve("other").toString()) && refused.err().contains("seed 4 vs 3"), refused.err());
        var beyond = IngestCommandTest.run("walk", "--database", db, "--walkers", "6", "--walker-range", "4:7",
                "--progress", "none", "--out", dir.resolve("beyond").toString());
        assertEquals(64, beyond.code(), "range beyond --walkers");
        assertTrue(beyond.err().contains("4:7"), beyond.err());
    }
}
