package org.protomodels.cli;

import java.util.function.Supplier;
import org.protomodels.step.UsageException;
import org.protomodels.walk.Evaluator;
import org.protomodels.walk.WalkInputs;
import org.protomodels.walk.WalkStage;

/** The production evaluators of the walk: the combiner's K (wired once combine's Scorer exists). */
final class ScorerEvaluatorSource implements WalkStage.Evaluators {
    static final ScorerEvaluatorSource INSTANCE = new ScorerEvaluatorSource();

    @Override
    public Supplier<Evaluator> open(WalkInputs in) {
        throw new UsageException("walk: the combiner's scorer is not available in this build");
    }
}
