package org.protomodels.walk;

import java.nio.file.Files;
import java.nio.file.Path;
import org.protomodels.combine.Profile;
import org.protomodels.combine.Score;
import org.protomodels.combine.Scorer;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.UsageException;

/**
 * The walk's production evaluator: the combiner's {@link Scorer} (K, TL, Z, mu-hat, critics, particles of the best
 * combination) for the model as given. {@link #of} wraps it in the mu-hat loop of spec 2.5 ({@link MuHatFit}:
 * paper2020 once with mu-hat clipped to mu_max by the scorer, v2 up to five times to |mu-hat - 1| < 0.01).
 */
public final class ScorerEvaluator implements Evaluator {
    private final Scorer scorer;

    private ScorerEvaluator(Scorer scorer) {
        this.scorer = scorer;
    }

    /** The raw adapter (no mu-hat loop). */
    public static ScorerEvaluator raw(Scorer scorer) {
        return new ScorerEvaluator(scorer);
    }

    /** Scorer plus the profile's mu-hat loop: what a walker evaluates proposals with. */
    public static Evaluator of(Scorer scorer, WalkSettings settings) {
        return MuHatFit.of(new ScorerEvaluator(scorer), settings);
    }

    @Override
    public Evaluation evaluate(ProtoModel model) {
        return staged(model).complete();
    }

    /** The scorer's {@link Scorer.Figures}: predictions and mu-hat first, critics and members on completion. */
    @Override
    public Staged staged(ProtoModel model) {
        Scorer.Figures f = scorer.figures(model);
        return Staged.of(f.defined(), f.muHat(), () -> evaluation(f));
    }

    /** The walk's view of a score; the upper limit on mu is not needed, so not computed. */
    private static Evaluation evaluation(Scorer.Figures f) {
        if (!f.defined()) {
            return Evaluation.undefined(f.explanation());
        }
        Score s = f.score(false);
        return new Evaluation(true, s.k(), s.tl(), s.z(), s.muHat(), s.criticsPass(), s.particlesInCombination(),
                s.explanation(), null);
    }

    /**
     * The stage's evaluators: the database of the inputs is read once and one scorer (thread-safe) serves every
     * worker thread. {@code workspaces}: the folder the database's pyhf workspace paths are relative to (null: none,
     * those analyses enter region by region).
     */
    public static WalkStage.Evaluators source(Profile profile, Path workspaces) {
        return source(profile, workspaces, new SharedScoring());
    }

    /**
     * As {@link #source(Profile, Path)}, the database read and its maps triangulated through {@code shared}: the walks
     * on the fakes of one database keep the original and the triangulations between them.
     */
    public static WalkStage.Evaluators source(Profile profile, Path workspaces, SharedScoring shared) {
        java.util.Objects.requireNonNull(shared, "shared");
        return in -> {
            if (in.database() == null) {
                throw new UsageException("walk: --database is required");
            }
            if (workspaces != null && !Files.isDirectory(workspaces)) {
                throw new InputMissingException("--workspaces " + workspaces + ": not a folder");
            }
            if (!profile.name().equals(in.settings().profile())) {
                throw new UsageException("walk: profile '" + profile.name() + "' for the scorer but '"
                        + in.settings().profile() + "' for the walk");
            }
            Evaluator e = of(shared.scorer(in.database(), profile, workspaces), in.settings());
            return () -> e;
        };
    }
}
