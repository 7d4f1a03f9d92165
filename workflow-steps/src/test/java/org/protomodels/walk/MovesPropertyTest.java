package org.protomodels.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.protomodels.predict.model.Particles;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

/** Spec 1.2-1.5 rules hold after every move, merge and freeze, over 10^4 random steps per profile. */
class MovesPropertyTest {
    static final int STEPS = 10_000;

    @ParameterizedTest
    @ValueSource(strings = {"paper2020", "v2", "efficient"})
    void randomMoves_tenThousandSteps_everyRuleHolds(String profile) {
        WalkSettings s = WalkSettings.load(profile);
        RestorableUniformRandomProvider rng = Walker.SOURCE.create(20261123L);
        Moves moves = new Moves(s, rng, new Gaussian(rng));
        ProtoModel state = Walker.start(0, s, rng).current();
        Set<Integer> seen = new HashSet<>();
        Set<String> kinds = new TreeSet<>();
        int merges = 0;
        for (int i = 0; i < STEPS; i++) {
            ModelDraft d = ModelDraft.of(state, s);
            if (rng.nextDouble() < 0.2) {
                Set<Integer> keep = new HashSet<>();
                for (int p : state.masses().keySet()) {
                    if (rng.nextDouble() < 0.7) {
                        keep.add(p);
                    }
                }
                moves.freezeNotIn(d, keep);
            }
            moves.randomlyChange(d, 10 * rng.nextDouble());
            ProtoModel proposal = d.toModel(i); // the constructor validates every ProtoModel rule
            check(proposal, s, "step " + i + " " + d.moves);
            d.moves.forEach(m -> kinds.add(m.split(" ")[0]));
            ModelDraft merged = Merger.merge(d);
            if (merged != null) {
                ProtoModel mm = merged.toModel(i);
                check(mm, s, "merge at step " + i + " " + merged.moves);
                merges++;
                if (rng.nextDouble() < 0.5) {
                    proposal = mm;
                }
            }
            state = proposal;
            seen.addAll(state.masses().keySet());
        }
        assertEquals(Particles.BSM.size(), seen.size(), "every particle was unfrozen at some point: " + seen);
        assertTrue(merges > 0, "merging happened");
        for (String k : new String[] {"unfreeze", "freeze", "mass", "branchings", "ssm-pair", "ssm-particle"}) {
            assertTrue(kinds.contains(k), "move kind " + k + " occurred: " + kinds);
        }
        boolean efficient = s.schedule().massRedraw() > 0;
        for (String k : new String[] {"mass-redraw", "mass-local", "mass-shift-all"}) {
            assertEquals(efficient, kinds.contains(k), profile + ": schedule move " + k + " occurs iff configured: " + kinds);
        }
    }

    /** The walker's own rules on top of ProtoModel's: bounds, walls, ordering pairs, stop corridor, SSM keys. */
    static void check(ProtoModel m, WalkSettings s, String where) {
        double lsp = m.mass(Particles.LSP);
        if (lsp < s.lspMinMass() || lsp > s.maxMass()) {
            fail(where + ": LSP mass " + lsp + " outside [" + s.lspMinMass() + ", " + s.maxMass() + "]");
        }
        for (Map.Entry<Integer, Double> e : m.masses().entrySet()) {
            int p = e.getKey();
            double x = e.getValue();
            if (x > s.maxMass()) {
                fail(where + ": " + p + " above maxMass: " + x);
            }
            if (p != Particles.LSP && x < s.wall(p)) {
                fail(where + ": " + p + " below its wall: " + x);
            }
            if (ModelDraft.isStop(p) && s.inStopCorridor(x, lsp)) {
                fail(where + ": stop " + p + " in the corridor: " + x + " with LSP " + lsp);
            }
        }
        for (int[] pair : ModelDraft.ORDERED_PAIRS) {
            if (m.isUnfrozen(pair[0]) && m.isUnfrozen(pair[1]) && m.mass(pair[0]) > m.mass(pair[1])) {
                fail(where + ": ordering " + pair[0] + " <= " + pair[1] + " broken: " + m.masses());
            }
        }
        for (SignalStrength x : m.signalStrengths()) {
            assertTrue(m.isUnfrozen(Math.abs(x.pdg1())) && m.isUnfrozen(Math.abs(x.pdg2())),
                    where + ": SSM of a frozen particle " + x);
            assertTrue(x.value() <= s.ssmRescaleCap(), where + ": SSM above the cap " + x);
        }
        for (var d : m.decays()) {
            assertFalse(Channels.groupOf(d.mother(), d.daughters()) == null,
                    where + ": channel not in the template " + d);
            assertTrue(Channels.open(d.mother(), d.daughters(), m.masses(), s.gluinoThreeBody()),
                    where + ": closed channel carries a BR " + d);
        }
    }
}
