package org.protomodels.walk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InterruptedStageException;
import org.protomodels.step.InvalidInputException;
import org.protomodels.step.ProtomodelException;
import org.protomodels.step.UsageException;

/**
 * A walk split by walker ranges and joined by {@link WalkMerge} gives the bytes of one full run with the same seed
 * (hiscores.json, history.jsonl, walk.manifest.json and every checkpoint); parts of other runs and bad covers are
 * refused naming the folder. Analytic evaluators (no database); WalkMergeToyIT repeats the identity on the toy
 * database with the real scorer.
 */
class WalkMergeTest {
    static final WalkSettings V2 = WalkStageTest.V2;
    static final WalkSettings PAPER = WalkStageTest.PAPER;
    static final int WALKERS = 6;
    static final int STEPS = 40;
    static final long SEED = 5;

    static WalkStage.Result walk(Path out, WalkSettings s, int walkers, int steps, long seed, WalkerRange range, Path db) {
        return new WalkStage(EventSink.NONE, in -> ToyEvaluators::rough)
                .run(WalkInputs.of(db, s, walkers, steps, seed, 2, false, out).withWalkerRange(range));
    }

    static WalkMerge.Result merge(Path out, Path... parts) {
        return new WalkMerge(EventSink.NONE).run(new WalkMergeInputs(List.of(parts), out));
    }

    static String ck(int w) {
        return String.format(Locale.ROOT, "checkpoints/walker-%04d.json", w);
    }

    /** Every file of the full run's folder is in the merged folder with the same bytes, and nothing else. */
    static void assertSameFolder(Path full, Path merged, int walkers, String what) throws IOException {
        List<String> files = new ArrayList<>(List.of("hiscores.json", "history.jsonl", "walk.manifest.json"));
        for (int w = 0; w < walkers; w++) {
            files.add(ck(w));
        }
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(full.resolve(f)), Files.readAllBytes(merged.resolve(f)),
                    what + ": " + f + " of the merged parts vs one full run");
        }
        try (var s = Files.walk(merged)) {
            assertEquals(files.size(), s.filter(Files::isRegularFile).count(), what + ": no other file in the merged folder");
        }
    }

    @Test
    void merge_sixWalkersInRanges0to2_2to5_5to6_bytesOfOneFullRun(@TempDir Path dir) throws IOException {
        for (WalkSettings s : List.of(V2, PAPER)) {
            Path base = dir.resolve(s.profile());
            walk(base.resolve("full"), s, WALKERS, STEPS, SEED, null, null);
            walk(base.resolve("p0"), s, WALKERS, STEPS, SEED, WalkerRange.parse("0:2"), null);
            walk(base.resolve("p1"), s, WALKERS, STEPS, SEED, WalkerRange.parse("2:5"), null);
            walk(base.resolve("p2"), s, WALKERS, STEPS, SEED, WalkerRange.parse("5:6"), null);
            // parts in any order
            WalkMerge.Result r = merge(base.resolve("merged"), base.resolve("p2"), base.resolve("p0"), base.resolve("p1"));
            assertEquals(3, r.parts(), "three parts merged");
            assertFalse(r.best().entries().isEmpty(), s.profile() + ": the rough landscape gives accepted models");
            assertSameFolder(base.resolve("full"), base.resolve("merged"), WALKERS, s.profile());
        }
    }

    @Test
    void walk_partialRun_markedInManifestAndHiscoresWithPerWalkerLists(@TempDir Path dir) throws IOException {
        walk(dir.resolve("full"), V2, WALKERS, STEPS, SEED, null, null);
        WalkStage.Result r = walk(dir.resolve("part"), V2, WALKERS, STEPS, SEED, new WalkerRange(2, 5), null);
        JsonNode hs = Json.readTree(r.hiscores());
        SchemaValidator.own().validateOwn(hs, r.hiscores().toString()); // the extended hiscores schema
        assertEquals(2, hs.at("/walkerRange/from").asInt(), "hiscores.json walkerRange.from");
        assertEquals(5, hs.at("/walkerRange/to").asInt(), "hiscores.json walkerRange.to");
        assertEquals(WALKERS, hs.get("walkers").asInt(), "walkers is N of the whole run, not of the part");
        assertEquals(3, hs.get("walkerHiscores").size(), "one list per walker of the part");
        for (int i = 0; i < 3; i++) {
            int w = 2 + i;
            assertEquals(w, hs.at("/walkerHiscores/" + i + "/walker").asInt(), "per-walker lists in walker order");
            // the walker's own list is the one its checkpoint holds (the full run's walker w)
            WalkCheckpoint c = WalkCheckpoint.read(dir.resolve("full").resolve(ck(w)));
            assertEquals(Json.mapper().valueToTree(c.hiscores()), hs.at("/walkerHiscores/" + i + "/entries"),
                    "walker " + w + ": per-walker top 10 of the part = the full run's checkpoint list");
        }
        JsonNode m = Json.readTree(dir.resolve("part/walk.manifest.json"));
        assertEquals("2:5", m.at("/parameters/walkerRange").asText(), "manifest parameters mark the part");
        assertTrue(Json.readTree(dir.resolve("full/walk.manifest.json")).at("/parameters/walkerRange").isMissingNode(),
                "a full run's manifest has no walkerRange");
        assertTrue(Json.readTree(dir.resolve("full/hiscores.json")).path("walkerRange").isMissingNode(),
                "a full run's hiscores.json has no walkerRange (absent, not null)");
        assertFalse(Files.exists(dir.resolve("part").resolve(ck(1))), "walker 1 is not in part 2:5");
        // history lines of the part = the full run's lines of walkers 2..4
        List<String> full = Files.readAllLines(dir.resolve("full/history.jsonl"));
        assertEquals(full.subList(2 * STEPS, 5 * STEPS), Files.readAllLines(r.history()), "history of walkers 2..4");
    }

    @Test
    void walk_partInterruptedAtRandomPointsThenResumed_mergesToTheFullRun(@TempDir Path dir) throws IOException {
        walk(dir.resolve("full"), V2, WALKERS, STEPS, SEED, null, null);
        walk(dir.resolve("p0"), V2, WALKERS, STEPS, SEED, new WalkerRange(0, 4), null);
        SplittableRandom pick = new SplittableRandom(3);
        Path out = dir.resolve("p1");
        AtomicLong evaluations = new AtomicLong();
        Evaluator counted = ToyEvaluators.counting(ToyEvaluators.rough(), evaluations);
        boolean resume = false;
        int interruptions = 0;
        while (true) {
            long stopAt = evaluations.get() + 1 + pick.nextInt(40);
            WalkInputs in = new WalkInputs(null, V2, WALKERS, STEPS, SEED, 2, resume, out, 1e-9,
                    () -> evaluations.get() >= stopAt).withWalkerRange(new WalkerRange(4, 6));
            try {
                new WalkStage(EventSink.NONE, x -> () -> counted).run(in);
                break;
            } catch (InterruptedStageException e) {
                interruptions++;
                resume = true;
            }
        }
        assertTrue(interruptions > 0, "the part was interrupted at least once");
        // resume of the finished part: nothing to do
        AtomicLong again = new AtomicLong();
        WalkStage.Result done = new WalkStage(EventSink.NONE, x -> () -> ToyEvaluators.counting(ToyEvaluators.rough(), again))
                .run(WalkInputs.of(null, V2, WALKERS, STEPS, SEED, 1, true, out).withWalkerRange(new WalkerRange(4, 6)));
        assertTrue(done.alreadyComplete() && again.get() == 0, "resume of a finished part returns at once");
        merge(dir.resolve("merged"), dir.resolve("p0"), dir.resolve("p1"));
        assertSameFolder(dir.resolve("full"), dir.resolve("merged"), WALKERS, interruptions + " interruptions");
    }

    @Test
    void merge_thenResumeWithMoreSteps_bytesOfTheFullRunResumed(@TempDir Path dir) throws IOException {
        walk(dir.resolve("full"), V2, 3, 20, SEED, null, null);
        walk(dir.resolve("a"), V2, 3, 20, SEED, new WalkerRange(0, 1), null);
        walk(dir.resolve("b"), V2, 3, 20, SEED, new WalkerRange(1, 3), null);
        merge(dir.resolve("merged"), dir.resolve("a"), dir.resolve("b"));
        for (String f : List.of("full", "merged")) {
            new WalkStage(EventSink.NONE, in -> ToyEvaluators::rough)
                    .run(WalkInputs.of(null, V2, 3, 35, SEED, 1, true, dir.resolve(f)));
        }
        walk(dir.resolve("straight"), V2, 3, 35, SEED, null, null);
        assertSameFolder(dir.resolve("straight"), dir.resolve("merged"), 3, "merged at 20 steps, resumed to 35");
    }

    @Test
    void merge_partsOfOtherRuns_refusedNamingTheFolder(@TempDir Path dir) throws IOException {
        Path dbA = Files.writeString(dir.resolve("a.json"), "{\"a\":1}");
        Path dbB = Files.writeString(dir.resolve("b.json"), "{\"b\":2}");
        Path ok = dir.resolve("ok");
        walk(ok, V2, 4, 10, SEED, new WalkerRange(0, 2), dbA);
        record Case(String name, WalkSettings s, int walkers, int steps, long seed, Path db, String expect) {
        }
        for (Case c : List.of(
                new Case("seed", V2, 4, 10, SEED + 1, dbA, "seed 6 vs 5"),
                new Case("steps", V2, 4, 11, SEED, dbA, "steps 11 vs 10"),
                new Case("profile", PAPER, 4, 10, SEED, dbA, "profile paper2020 vs v2"),
                new Case("walkers", V2, 5, 10, SEED, dbA, "walkers 5 vs 4"),
                new Case("database", V2, 4, 10, SEED, dbB, "database"))) {
            Path other = dir.resolve("other-" + c.name());
            walk(other, c.s(), c.walkers(), c.steps(), c.seed(), new WalkerRange(2, 4), c.db());
            UsageException e = assertThrows(UsageException.class, () -> merge(dir.resolve("m-" + c.name()), ok, other),
                    c.name() + " differs");
            assertTrue(e.getMessage().contains(other.toString()) && e.getMessage().contains(c.expect()),
                    c.name() + ": message names the folder and the difference: " + e.getMessage());
            assertFalse(Files.exists(dir.resolve("m-" + c.name()).resolve("hiscores.json")), "nothing written");
        }
    }

    @Test
    void merge_overlappingMissingOrFullParts_refused(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("0-3");
        Path b = dir.resolve("2-6");
        Path c = dir.resolve("3-6");
        Path d = dir.resolve("4-6");
        Path e = dir.resolve("0-2");
        Path full = dir.resolve("full");
        walk(a, V2, 6, 8, SEED, new WalkerRange(0, 3), null);
        walk(b, V2, 6, 8, SEED, new WalkerRange(2, 6), null);
        walk(c, V2, 6, 8, SEED, new WalkerRange(3, 6), null);
        walk(d, V2, 6, 8, SEED, new WalkerRange(4, 6), null);
        walk(e, V2, 6, 8, SEED, new WalkerRange(0, 2), null);
        walk(full, V2, 6, 8, SEED, null, null);
        Path out = dir.resolve("out");
        String overlap = assertThrows(UsageException.class, () -> merge(out, a, b)).getMessage();
        assertTrue(overlap.contains("overlap") && overlap.contains(b.toString()) && overlap.contains(a.toString()), overlap);
        String gap = assertThrows(UsageException.class, () -> merge(out, d, a)).getMessage();
        assertTrue(gap.contains("3:4") && gap.contains("no part") && gap.contains(d.toString()), gap);
        String start = assertThrows(UsageException.class, () -> merge(out, c)).getMessage();
        assertTrue(start.contains("0:3") && start.contains(c.toString()), start);
        String end = assertThrows(UsageException.class, () -> merge(out, e)).getMessage();
        assertTrue(end.contains("2:6") && end.contains(e.toString()), end);
        String fullPart = assertThrows(UsageException.class, () -> merge(out, full)).getMessage();
        assertTrue(fullPart.contains("full walk") && fullPart.contains(full.toString()), fullPart);
        String self = assertThrows(UsageException.class, () -> merge(a, a, c)).getMessage();
        assertTrue(self.contains("also the part"), self);
        assertThrows(InputMissingException.class, () -> merge(out, dir.resolve("nothing"), c));
        assertFalse(Files.exists(out.resolve("walk.manifest.json")), "no refusal wrote a manifest");
        // the good cover works
        merge(out, c, a);
        assertSameFolder(full, out, 6, "0:3 + 3:6");
    }

    @Test
    void merge_partChangedAfterItsRun_refusedAsInvalidInput(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        walk(a, V2, 2, 5, SEED, new WalkerRange(0, 1), null);
        walk(b, V2, 2, 5, SEED, new WalkerRange(1, 2), null);
        Path h = b.resolve("history.jsonl");
        List<String> lines = Files.readAllLines(h);
        Files.write(h, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8); // cut short
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> merge(dir.resolve("m"), a, b));
        assertTrue(e.getMessage().contains(h.toString()) && e.getMessage().contains("sha256"), e.getMessage());
        Files.delete(b.resolve("walk.manifest.json"));
        ProtomodelException missing = assertThrows(InputMissingException.class, () -> merge(dir.resolve("m"), a, b));
        assertTrue(missing.getMessage().contains(b.toString()), missing.getMessage());
    }

    @Test
    void merge_historyOutOfOrderBehindAConsistentManifest_refusedWithTheLine(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        walk(a, V2, 2, 5, SEED, new WalkerRange(0, 1), null);
        walk(b, V2, 2, 5, SEED, new WalkerRange(1, 2), null);
        Path h = b.resolve("history.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(h));
        java.util.Collections.swap(lines, 1, 2);
        Files.write(h, lines, StandardCharsets.UTF_8);
        // a manifest that vouches for the changed file: only the line check can see it
        Path mf = b.resolve("walk.manifest.json");
        String old = null;
        for (JsonNode o : Json.readTree(mf).get("outputs")) {
            if (o.get("path").asText().equals("history.jsonl")) {
                old = o.get("sha256").asText();
            }
        }
        Files.writeString(mf, Files.readString(mf).replace(old, org.protomodels.io.Sha256.of(h)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> merge(dir.resolve("m"), a, b));
        assertTrue(e.getMessage().contains(h + ":2") && e.getMessage().contains("expected walker 1 step 2"), e.getMessage());
    }

    @Test
    void walkerRange_parseAndChunk_coverEveryWalkerOnce() {
        assertEquals(new WalkerRange(2, 5), WalkerRange.parse("2:5"), "FROM:TO");
        assertEquals("2:5", new WalkerRange(2, 5).toString(), "printed as on the command line");
        for (String bad : List.of("5", "3:3", "4:2", "-1:2", "a:b", "1:2:3")) {
            assertThrows(UsageException.class, () -> WalkerRange.parse(bad), bad);
        }
        assertThrows(UsageException.class, () -> WalkInputs.of(null, V2, 4, 10, 1, 1, false, Path.of("x"))
                .withWalkerRange(new WalkerRange(2, 5)), "range beyond --walkers");
        assertEquals(List.of(new WalkerRange(0, 2), new WalkerRange(2, 3), new WalkerRange(3, 4)), WalkerRange.chunks(4, 3),
                "4 walkers in 3 parts (the toy CWL job): the first part one larger");
        for (int n = 1; n <= 12; n++) {
            for (int parts = 1; parts <= n + 2; parts++) {
                List<WalkerRange> rs = WalkerRange.chunks(n, parts);
                assertEquals(Math.min(n, parts), rs.size(), n + " walkers in " + parts + " parts: at most one part per walker");
                int next = 0;
                for (WalkerRange r : rs) {
                    assertEquals(next, r.from(), n + " walkers in " + parts + " parts: consecutive");
                    assertTrue(r.size() == n / rs.size() || r.size() == n / rs.size() + 1, "near-equal parts");
                    next = r.to();
                }
                assertEquals(n, next, n + " walkers in " + parts + " parts: all covered");
            }
        }
        assertThrows(UsageException.class, () -> WalkerRange.chunks(4, 0), "zero parts");
    }
}
