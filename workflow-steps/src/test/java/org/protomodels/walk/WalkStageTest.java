package org.protomodels.walk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.step.EventSink;
import org.protomodels.step.InterruptedStageException;

/** The walk stage on analytic evaluators: reproducibility across threads, interrupt and resume, outputs. */
class WalkStageTest {
    static final WalkSettings V2 = WalkSettings.load("v2");
    static final WalkSettings PAPER = WalkSettings.load("paper2020");
    static final WalkSettings EFFICIENT = WalkSettings.load("efficient");
    /** efficient with restarts every few steps, so that short test walks restart (and resume across restarts). */
    static final WalkSettings EFFICIENT_RESTARTING = WalkSettings.of(org.protomodels.combine.Profile.builtin("efficient",
            Map.of("profile.walk.restartAfter", "6")));

    static WalkStage.Result run(Path out, WalkSettings s, int walkers, int steps, long seed, int threads, Evaluator ev) {
        return new WalkStage(EventSink.NONE, in -> () -> ev).run(WalkInputs.of(null, s, walkers, steps, seed, threads, false, out));
    }

    static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    @Test
    void run_sameSeedOneAndTwoThreads_byteIdenticalOutputs(@TempDir Path dir) throws IOException {
        for (WalkSettings s : List.of(V2, PAPER, EFFICIENT, EFFICIENT_RESTARTING)) {
            Path base = dir.resolve(s == EFFICIENT_RESTARTING ? "restarting" : "plain");
            WalkStage.Result a = run(base.resolve(s.profile() + "-t1"), s, 5, 60, 42, 1, ToyEvaluators.rough());
            WalkStage.Result b = run(base.resolve(s.profile() + "-t2"), s, 5, 60, 42, 2, ToyEvaluators.rough());
            assertArrayEquals(bytes(a.hiscores()), bytes(b.hiscores()), s.profile() + " hiscores.json, threads 1 vs 2");
            assertArrayEquals(bytes(a.history()), bytes(b.history()), s.profile() + " history.jsonl, threads 1 vs 2");
            assertEquals(5 * 60, Files.readAllLines(a.history()).size(), "one history line per walker and step");
            WalkStage.Result c = run(base.resolve(s.profile() + "-seed43"), s, 5, 60, 43, 1, ToyEvaluators.rough());
            assertFalse(java.util.Arrays.equals(bytes(a.history()), bytes(c.history())), "another seed, another walk");
        }
    }

    @Test
    void run_outputs_matchTheirSchemasAndAreSorted(@TempDir Path dir) throws IOException {
        WalkStage.Result r = run(dir, V2, 3, 40, 7, 2, ToyEvaluators.rough());
        SchemaValidator v = SchemaValidator.own();
        JsonNode hs = Json.readTree(r.hiscores());
        v.validateOwn(hs, r.hiscores().toString());
        assertTrue(hs.get("entries").size() > 0 && hs.get("entries").size() <= 10, "1..10 hiscores");
        double last = Double.POSITIVE_INFINITY;
        for (JsonNode e : hs.get("entries")) {
            assertTrue(e.get("K").asDouble() <= last, "hiscores sorted by K descending");
            last = e.get("K").asDouble();
        }
        int prevWalker = -1;
        int prevStep = 0;
        for (String line : Files.readAllLines(r.history())) {
            JsonNode h = Json.mapper().readTree(line);
            v.validate(SchemaValidator.ownId("history-entry", "1.0.0"), h, "history.jsonl");
            int w = h.get("walker").asInt();
            int st = h.get("step").asInt();
            assertTrue(w > prevWalker || (w == prevWalker && st == prevStep + 1), "sorted by walker then step: " + line);
            if (w != prevWalker) {
                assertEquals(1, st, "steps start at 1");
            }
            prevWalker = w;
            prevStep = st;
        }
        for (int w = 0; w < 3; w++) {
            Path ck = dir.resolve("checkpoints").resolve(String.format("walker-%04d.json", w));
            WalkCheckpoint c = WalkCheckpoint.read(ck); // schema + model rules
            assertEquals(40, c.step(), "final checkpoint after the last step");
        }
        assertTrue(Files.isRegularFile(dir.resolve("walk.manifest.json")), "manifest written last");
    }

    @Test
    void run_interruptedAtRandomPointsThenResumed_bytesOfAnUninterruptedRun(@TempDir Path dir) throws IOException {
        interruptAndResume(dir.resolve("v2"), V2);
    }

    @Test
    void run_efficientInterruptedAcrossRestartsThenResumed_bytesOfAnUninterruptedRun(@TempDir Path dir) throws IOException {
        String history = interruptAndResume(dir.resolve("efficient"), EFFICIENT_RESTARTING);
        assertTrue(history.contains("\"restart\""), "the walk restarted (restartAfter 6)");
        assertTrue(history.contains("mass-shift-all") || history.contains("mass-redraw"), "schedule moves occurred");
    }

    /** 4 trials of random stops (1 and 2 threads) resumed to the end; returns the reference history. */
    private static String interruptAndResume(Path dir, WalkSettings settings) throws IOException {
        int walkers = 3;
        int steps = 50;
        WalkStage.Result ref = run(dir.resolve("ref"), settings, walkers, steps, 99, 1, ToyEvaluators.rough());
        SplittableRandom pick = new SplittableRandom(5);
        for (int trial = 0; trial < 4; trial++) {
            int threads = 1 + trial % 2;
            Path out = dir.resolve("trial" + trial);
            AtomicLong evaluations = new AtomicLong();
            Evaluator counted = ToyEvaluators.counting(ToyEvaluators.rough(), evaluations);
            boolean resume = false;
            int interruptions = 0;
            while (true) {
                long stopAt = evaluations.get() + 1 + pick.nextInt(60);
                // checkpoint interval: every step in odd trials, effectively never in even ones (stop still saves)
                WalkInputs in = new WalkInputs(null, settings, walkers, steps, 99, threads, resume, out,
                        trial % 2 == 1 ? 1e-9 : 3600, () -> evaluations.get() >= stopAt);
                try {
                    new WalkStage(EventSink.NONE, x -> () -> counted).run(in);
                    break;
                } catch (InterruptedStageException e) {
                    interruptions++;
                    resume = true;
                    assertFalse(Files.exists(out.resolve("hiscores.json")), "no output of an interrupted run");
                }
            }
            assertTrue(interruptions > 0, "trial " + trial + " was interrupted at least once");
            assertArrayEquals(bytes(ref.hiscores()), bytes(out.resolve("hiscores.json")),
                    "trial " + trial + " (" + interruptions + " interruptions, " + threads + " threads): hiscores.json");
            assertArrayEquals(bytes(ref.history()), bytes(out.resolve("history.jsonl")),
                    "trial " + trial + " (" + interruptions + " interruptions, " + threads + " threads): history.jsonl");
        }
        return Files.readString(ref.history());
    }

    @Test
    void run_resumeOfACompleteRun_returnsAtOnce(@TempDir Path dir) throws IOException {
        run(dir, V2, 2, 10, 3, 1, ToyEvaluators.rough());
        byte[] before = bytes(dir.resolve("history.jsonl"));
        AtomicLong evaluations = new AtomicLong();
        WalkStage.Result r = new WalkStage(EventSink.NONE, in -> () -> ToyEvaluators.counting(ToyEvaluators.rough(), evaluations))
                .run(WalkInputs.of(null, V2, 2, 10, 3, 1, true, dir));
        assertTrue(r.alreadyComplete(), "manifest matched");
        assertEquals(0, evaluations.get(), "no step was taken again");
        assertArrayEquals(before, bytes(dir.resolve("history.jsonl")), "outputs untouched");
    }

    @Test
    void run_resumeWithAnotherSeed_isAUsageError(@TempDir Path dir) {
        AtomicLong evaluations = new AtomicLong();
        WalkInputs in = new WalkInputs(null, V2, 2, 30, 3, 1, false, dir, 3600, () -> evaluations.get() >= 10);
        Evaluator ev = ToyEvaluators.counting(ToyEvaluators.rough(), evaluations);
        assertThrows(InterruptedStageException.class, () -> new WalkStage(EventSink.NONE, x -> () -> ev).run(in));
        var e = assertThrows(org.protomodels.step.UsageException.class, () -> new WalkStage(EventSink.NONE, x -> () -> ev)
                .run(WalkInputs.of(null, V2, 2, 30, 4, 1, true, dir)));
        assertTrue(e.getMessage().contains("seed 3"), e.getMessage());
    }

    @Test
    void run_flatK_everyDefinedProposalAccepted(@TempDir Path dir) throws IOException {
        for (WalkSettings s : List.of(V2, PAPER)) {
            WalkStage.Result r = run(dir.resolve(s.profile()), s, 2, 200, 11, 1, ToyEvaluators.flat(3.0));
            for (String line : Files.readAllLines(r.history())) {
                JsonNode h = Json.mapper().readTree(line);
                assertTrue(h.get("accepted").asBoolean(), s.profile() + ": same-K proposal accepted (exp(0) = 1): " + line);
            }
        }
    }

    @Test
    void run_peakedK_walkersFindThePlantedMasses(@TempDir Path dir) throws IOException {
        Map<Integer, Double> target = Map.of(1000006, 800.0, 1000022, 150.0);
        WalkStage.Result r = run(dir, V2, 4, 300, 1, 2, ToyEvaluators.peak(target, 50));
        JsonNode best = Json.readTree(r.hiscores()).get("entries").get(0).get("protomodel").get("masses");
        // analytic peak at (800, 150) GeV, width 50 GeV: the best of 1200 steps lies within one width
        assertEquals(800, best.get("1000006").asDouble(), 50, "toy peak: stop mass within 50 GeV of 800");
        assertEquals(150, best.get("1000022").asDouble(), 50, "toy peak: LSP mass within 50 GeV of 150");
    }
}
