package org.protomodels.walk;

import org.protomodels.predict.model.ProtoModel;

/**
 * What the walker needs from the combiner: the test statistic and its by-products for one protomodel. The walk is
 * written against this interface only (the production implementation adapts {@code combine}; tests use analytic
 * doubles). Implementations must be deterministic: the same model gives the same evaluation, whatever ran before,
 * or resumed walks would not reproduce uninterrupted ones. One instance is used by one thread at a time.
 */
@FunctionalInterface
public interface Evaluator {
    Evaluation evaluate(ProtoModel model);
}
