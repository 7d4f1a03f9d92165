package org.protomodels.walk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.protomodels.combine.Profile;
import org.protomodels.predict.model.ProtoModel;

/** The efficient profile's schedule: the all-mass shift, restarts (also after a restore) and passing-only hiscores. */
class ScheduleTest {
    static WalkSettings efficient(Map<String, String> overrides) {
        return WalkSettings.of(Profile.builtin("efficient", overrides));
    }

    /** A walker of {@code steps} steps on the efficient profile, its stop + LSP model reached through the moves. */
    static ProtoModel stopModel(WalkSettings s, RestorableUniformRandomProvider rng) {
        for (int i = 0; i < 10_000; i++) {
            ModelDraft d = ModelDraft.of(Walker.start(0, s, rng).current(), s);
            Moves m = new Moves(s, rng, new Gaussian(rng));
            if (m.unfreeze(d, 1000006)) {
                return d.toModel(0);
            }
        }
        throw new AssertionError("no stop could be unfrozen");
    }

    @Test
    void shiftAll_stopAndLsp_splittingKeptEveryMassMoved() {
        WalkSettings s = efficient(Map.of());
        RestorableUniformRandomProvider rng = Walker.SOURCE.create(31L);
        int shifted = 0;
        for (int trial = 0; trial < 200; trial++) {
            ProtoModel m = stopModel(s, rng);
            ModelDraft d = ModelDraft.of(m, s);
            double before = m.masses().get(1000006) - m.masses().get(1000022);
            if (!new Moves(s, rng, new Gaussian(rng)).shiftAll(d)) {
                assertEquals(m.masses(), Map.copyOf(d.masses), "a refused shift leaves the masses");
                continue;
            }
            shifted++;
            ProtoModel after = d.toModel(1); // every ProtoModel rule
            MovesPropertyTest.check(after, s, "shift " + d.moves);
            double delta = after.masses().get(1000022) - m.masses().get(1000022);
            assertTrue(delta != 0, "the masses moved");
            assertEquals(before, after.masses().get(1000006) - after.masses().get(1000022), 1e-9, "splitting kept");
            assertEquals(List.of("mass-shift-all"), d.moves.subList(d.moves.size() - 1, d.moves.size()));
        }
        assertTrue(shifted > 100, "most shifts of a stop + LSP model are allowed: " + shifted);
    }

    @Test
    void step_noRiseForRestartAfterSteps_restartsAtAFreshLspModel() {
        WalkSettings s = efficient(Map.of("profile.walk.restartAfter", "5"));
        Walker w = Walker.start(0, s, Walker.SOURCE.create(4L));
        Evaluator flat = ToyEvaluators.flat(3.0); // K never rises after the first acceptance
        List<Integer> restarts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            HistoryEntry h = w.step(flat);
            if (h.moves().contains(Walker.RESTART)) {
                restarts.add(h.step());
                assertEquals(List.of(1000022), h.particles(), "restart: only the LSP");
                assertFalse(h.accepted());
                assertEquals(null, h.k(), "restart: K undefined");
                double m = h.masses().get(1000022);
                assertTrue(m >= s.lspInitialMassMin() && m <= s.lspInitialMassMax(), "fresh LSP mass " + m);
            }
        }
        // step 1 is the first rise; 5 steps without one, restart at 7; step 8 is the next rise, restart at 14, ...
        assertEquals(List.of(7, 14, 21, 28, 35), restarts);
    }

    @Test
    void restore_midWalk_restartsAtTheSameStepsAsAnUninterruptedWalker() {
        WalkSettings s = efficient(Map.of("profile.walk.restartAfter", "4"));
        Evaluator ev = ToyEvaluators.rough();
        Walker straight = Walker.start(0, s, Walker.SOURCE.create(8L));
        for (int i = 0; i < 120; i++) {
            straight.step(ev);
        }
        Walker part = Walker.start(0, s, Walker.SOURCE.create(8L));
        for (int i = 0; i < 120; i++) {
            if (i % 13 == 0) {
                part = Walker.restore(part.checkpoint("efficient", 8, 1, 120, "none"), s);
            }
            part.step(ev);
        }
        assertEquals(straight.history(), part.history(), "same history through 10 restores");
        assertTrue(straight.history().stream().anyMatch(h -> h.moves().contains(Walker.RESTART)), "restarts happened");
        assertArrayEquals(straight.best().toArray(), part.best().toArray(), "same hiscores");
    }

    @Test
    void step_criticsAlwaysFail_walkerMovesButHiscoresStayEmpty() {
        WalkSettings s = efficient(Map.of());
        Evaluator failing = m -> Evaluation.of(m.masses().size(), 1, 1, 1.0, false, m.masses().keySet(), "toy: excluded");
        Walker w = Walker.start(0, s, Walker.SOURCE.create(5L));
        int accepted = 0;
        for (int i = 0; i < 60; i++) {
            accepted += w.step(failing).accepted() ? 1 : 0;
        }
        assertTrue(accepted > 10, "no veto while on a failing model: accepted " + accepted);
        assertTrue(w.best().isEmpty(), "only critic-passing models enter the hiscores");
        for (HistoryEntry h : w.history()) {
            assertEquals(h.k() != null, h.moves().contains(Walker.CRITICS_FAIL), "every defined proposal marked: " + h);
        }
        // rising K on failing models is no rise: the walker restarts restartAfter steps after its start
        List<Integer> restarts = w.history().stream().filter(h -> h.moves().contains(Walker.RESTART))
                .map(HistoryEntry::step).toList();
        assertEquals(List.of(s.schedule().restartAfter() + 1), restarts, "restart of a walker that never passed the critics");
    }

    @Test
    void step_undefinedK_redrawnWithinTheStepUpToUndefinedRetries() {
        // K is defined only with the top partner unfrozen: most proposals from the LSP-only start are undefined
        Evaluator onlyStop = m -> m.masses().containsKey(1000006)
                ? Evaluation.of(5, 5, 1, 1.0, true, m.masses().keySet(), null) : Evaluation.undefined("toy: no stop");
        WalkSettings e = efficient(Map.of());
        int retriesSeen = 0;
        Walker w = Walker.start(0, e, Walker.SOURCE.create(12L));
        for (int i = 0; i < 200; i++) {
            HistoryEntry h = w.step(onlyStop);
            String retried = h.moves().stream().filter(m -> m.startsWith(Walker.RETRIED + " ")).findFirst().orElse(null);
            if (h.moves().contains(Walker.RESTART)) {
                continue;
            }
            if (h.k() == null) {
                assertEquals(Walker.RETRIED + " " + e.schedule().undefinedRetries(), retried, "undefined only after every retry: " + h);
            }
            if (retried != null) {
                int n = Integer.parseInt(retried.substring(Walker.RETRIED.length() + 1));
                assertTrue(n >= 1 && n <= e.schedule().undefinedRetries(), h.toString());
                retriesSeen += h.k() != null ? 1 : 0;
            }
        }
        assertTrue(retriesSeen > 0, "some steps found a defined K by retrying");
        Walker v2 = Walker.start(0, WalkSettings.load("v2"), Walker.SOURCE.create(12L));
        for (int i = 0; i < 200; i++) {
            HistoryEntry h = v2.step(onlyStop);
            assertTrue(h.moves().stream().noneMatch(m -> m.startsWith(Walker.RETRIED)), "v2 never retries: " + h);
        }
    }
}
