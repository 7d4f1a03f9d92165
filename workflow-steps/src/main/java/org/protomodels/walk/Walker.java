package org.protomodels.walk;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.simple.RandomSource;
import org.protomodels.predict.model.Particles;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

/**
 * One walker (spec 2.1): the current protomodel with its evaluation (null while K is undefined, i.e. at the
 * start), its own random stream, its history and its best models. {@link #step} proposes (freeze of particles
 * outside the best combination, random moves, merged candidate), evaluates and decides with the profile's rule.
 * Everything that influences the future is in {@link #checkpoint}, so a restored walker continues bit for bit.
 */
public final class Walker {
    /** The generator of every walker stream (XoRoShiRo128++: jumpable, restorable, 2^64 jump distance). */
    public static final RandomSource SOURCE = RandomSource.XO_RO_SHI_RO_128_PP;

    private final int id;
    private final WalkSettings s;
    private final RestorableUniformRandomProvider rng;
    private final Moves moves;
    private ProtoModel current;
    private Evaluation evaluation;
    private int step;
    private final List<HistoryEntry> history;
    private List<HiscoreEntry> best;
    /** Restart bookkeeping (schedule restartAfter), a function of the history: see {@link #stale}. */
    private double bestSinceRestart = Double.NEGATIVE_INFINITY;
    private int lastRise;

    private Walker(int id, WalkSettings s, RestorableUniformRandomProvider rng, ProtoModel current, Evaluation evaluation,
                   int step, List<HistoryEntry> history, List<HiscoreEntry> best) {
        this.id = id;
        this.s = s;
        this.rng = rng;
        this.moves = new Moves(s, rng, new Gaussian(rng));
        this.current = current;
        this.evaluation = evaluation;
        this.step = step;
        this.history = new ArrayList<>(history);
        this.best = new ArrayList<>(best);
        for (HistoryEntry h : this.history) {
            track(h);
        }
    }

    /**
     * Updates the restart bookkeeping with one history line: a restart line resets it, an accepted K of a model that
     * does not fail the critics (one that enters the hiscores) above the best since the last restart (by more than
     * restartMinRise) is a rise. A walker climbing a critic-failing ridge therefore restarts too. Derived from the
     * history alone, so a walker restored from its checkpoint restarts at the same step as one never stopped.
     */
    private void track(HistoryEntry h) {
        if (h.moves().contains(RESTART)) {
            bestSinceRestart = Double.NEGATIVE_INFINITY;
            lastRise = h.step();
        } else if (h.accepted() && h.k() != null && !h.moves().contains(CRITICS_FAIL)
                && (bestSinceRestart == Double.NEGATIVE_INFINITY
                || h.k() > bestSinceRestart + s.schedule().restartMinRise())) {
            bestSinceRestart = h.k();
            lastRise = h.step();
        }
    }

    /** The schedule's restart is due: restartAfter steps since the last rise (or restart, or the start). */
    private boolean stale() {
        return s.schedule().restarts() && step - lastRise > s.schedule().restartAfter();
    }

    /** The history move of a restart (schedule restartAfter). */
    public static final String RESTART = "restart";
    /** A step that needed N extra proposals because K was undefined (schedule undefinedRetries) logs "retried N". */
    public static final String RETRIED = "retried";
    /** Under metropolis-allowed, the history marks a proposal that fails the critics with this pseudo-move. */
    public static final String CRITICS_FAIL = "critics-fail";

    /** A fresh walker: only the LSP, mass ~ U(lspInitialMassMin, lspInitialMassMax), SSM (N1, N1) = 1; K undefined. */
    public static Walker start(int id, WalkSettings s, RestorableUniformRandomProvider rng) {
        return new Walker(id, s, rng, lspOnly(s, rng, 0), null, 0, List.of(), List.of());
    }

    private static ProtoModel lspOnly(WalkSettings s, UniformRandomProvider rng, int step) {
        double m = s.lspInitialMassMin() + (s.lspInitialMassMax() - s.lspInitialMassMin()) * rng.nextDouble();
        return ProtoModel.of(Map.of(Particles.LSP, m), List.of(),
                List.of(new SignalStrength(Particles.LSP, Particles.LSP, 1.0)), step);
    }

    /** A walker at a given model (benchmarks, cheat starts); {@code evaluation} null = K undefined. */
    public static Walker at(int id, WalkSettings s, RestorableUniformRandomProvider rng, ProtoModel model, Evaluation evaluation) {
        return new Walker(id, s, rng, model, evaluation, 0, List.of(), List.of());
    }

    /** A walker continued from its checkpoint. */
    public static Walker restore(WalkCheckpoint c, WalkSettings s) {
        RestorableUniformRandomProvider rng = SOURCE.create(0L);
        rng.restoreState(new RandomProviderDefaultState(Base64.getDecoder().decode(c.rng())));
        Evaluation e = c.evaluation() == null ? null : c.evaluation().toEvaluation(c.current());
        return new Walker(c.walker(), s, rng, c.current(), e, c.step(), c.history(), c.hiscores());
    }

    /** One step with {@code evaluator}; returns the history line it appended. */
    public HistoryEntry step(Evaluator evaluator) {
        step++;
        if (stale()) {
            // the walker is stuck: start afresh (its hiscores stay); this step proposes nothing else
            current = lspOnly(s, rng, step);
            evaluation = null;
            return record(new HistoryEntry(id, step, List.of(RESTART), null, false,
                    new ArrayList<>(current.masses().keySet()), current.masses()));
        }
        Proposal p = propose(evaluator);
        int retries = 0;
        while (!p.evaluation().defined() && retries < s.schedule().undefinedRetries()) {
            // as the reference retries a failed step: a proposal with undefined K does not use up the step
            p = propose(evaluator);
            retries++;
        }
        Evaluation e = p.evaluation();
        ProtoModel chosen = p.model();
        List<String> log = p.moves();
        if (retries > 0) {
            log = new ArrayList<>(log);
            log.add(RETRIED + " " + retries);
        }
        if (s.acceptance() == WalkSettings.Acceptance.METROPOLIS_ALLOWED && e.defined() && !e.criticsPass()) {
            // the history says which proposals fail the critics: they never count as a rise (restarts)
            log = new ArrayList<>(log);
            log.add(CRITICS_FAIL);
        }
        boolean take = accept(e);
        if (take) {
            current = chosen;
            evaluation = e;
            if (s.acceptance() != WalkSettings.Acceptance.METROPOLIS_ALLOWED || e.criticsPass()) {
                best.add(new HiscoreEntry(0, e.k(), e.z(), e.tl(), id, step, chosen));
                best = new ArrayList<>(Hiscores.top(best, Hiscores.KEEP));
            }
        }
        return record(new HistoryEntry(id, step, log, e.defined() ? e.k() : null, take,
                new ArrayList<>(current.masses().keySet()), current.masses()));
    }

    /** One proposal from the current model, evaluated; the merged copy replaces it when its K is defined and larger. */
    private Proposal propose(Evaluator evaluator) {
        ModelDraft d = ModelDraft.of(current, s);
        if (s.freezeNotInCombination() && evaluation != null && !evaluation.particlesInCombination().isEmpty()) {
            moves.freezeNotIn(d, evaluation.particlesInCombination());
        }
        double tl = evaluation == null || !Double.isFinite(evaluation.tl()) ? 0 : evaluation.tl();
        moves.randomlyChange(d, tl);
        ProtoModel proposal = d.toModel(step);
        Evaluation e = evaluator.evaluate(proposal);
        ProtoModel chosen = e.model() != null ? e.model() : proposal;
        List<String> log = d.moves;
        ModelDraft merged = Merger.merge(d);
        if (merged != null) {
            ProtoModel mm = merged.toModel(step);
            Evaluation em = evaluator.evaluate(mm);
            if (em.defined() && (!e.defined() || em.k() > e.k())) {
                e = em;
                chosen = em.model() != null ? em.model() : mm;
                log = merged.moves;
            }
        }
        return new Proposal(chosen, e, log);
    }

    private record Proposal(ProtoModel model, Evaluation evaluation, List<String> moves) {
    }

    private HistoryEntry record(HistoryEntry h) {
        history.add(h);
        track(h);
        return h;
    }

    boolean accept(Evaluation e) {
        return accept(s, evaluation, e, rng);
    }

    /**
     * Spec 2.6, the profile's acceptance rule for proposal {@code e} given the current evaluation ({@code null}
     * while K is undefined). An undefined K is always reverted. metropolis (v1): ratio exp(dK/2) when K drops and
     * K_cur > initialK, else 1; take with probability min(1, ratio). metropolis-critics (v2): K undefined so far ->
     * take; K rises -> take if the critics pass; else take with probability exp(dK/2) if the critics pass.
     * metropolis-allowed (ours): as metropolis-critics, but the critics veto only when the current model passes them.
     */
    static boolean accept(WalkSettings s, Evaluation current, Evaluation e, UniformRandomProvider rng) {
        if (!e.defined()) {
            return false;
        }
        return switch (s.acceptance()) {
            case METROPOLIS -> {
                double kCur = current == null ? s.initialK() : current.k();
                double ratio = kCur > s.initialK() && e.k() < kCur ? Math.exp((e.k() - kCur) / 2) : 1;
                yield ratio >= 1 || rng.nextDouble() < ratio;
            }
            case METROPOLIS_CRITICS -> {
                if (current == null) {
                    yield true;
                }
                if (e.k() > current.k()) {
                    yield e.criticsPass();
                }
                double u = rng.nextDouble();
                yield !(u > Math.exp((e.k() - current.k()) / 2)) && e.criticsPass();
            }
            case METROPOLIS_ALLOWED -> {
                if (current == null) {
                    yield true;
                }
                // the veto binds only once the walker stands on an allowed model; before, it may cross forbidden ones
                boolean veto = current.criticsPass() && !e.criticsPass();
                if (e.k() > current.k()) {
                    yield !veto;
                }
                double u = rng.nextDouble();
                yield !(u > Math.exp((e.k() - current.k()) / 2)) && !veto;
            }
        };
    }

    public WalkCheckpoint checkpoint(String profile, long seed, int walkers, int steps, String databaseSha256) {
        byte[] state = ((RandomProviderDefaultState) rng.saveState()).getState();
        return new WalkCheckpoint(WalkCheckpoint.KIND, WalkCheckpoint.VERSION, profile, seed, walkers, steps, id, step,
                databaseSha256, Base64.getEncoder().encodeToString(state), current,
                evaluation == null ? null : WalkCheckpoint.State.of(evaluation), history, best);
    }

    public int id() {
        return id;
    }

    public int step() {
        return step;
    }

    public ProtoModel current() {
        return current;
    }

    /** The current evaluation, or null while K is undefined. */
    public Evaluation evaluation() {
        return evaluation;
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    /** This walker's best accepted models (at most {@link Hiscores#KEEP}, ranked within the walker). */
    public List<HiscoreEntry> best() {
        return List.copyOf(best);
    }

    Set<Integer> particles() {
        return current.masses().keySet();
    }
}
