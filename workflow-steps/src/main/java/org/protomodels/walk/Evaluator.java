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

    /**
     * The evaluation in two stages (the mu-hat loop reads {@link Staged#defined} and {@link Staged#muHat} of every
     * rescaled model and completes only the one it keeps). {@code staged(m).complete()} must equal
     * {@code evaluate(m)}; by default the first stage is the whole evaluation.
     */
    default Staged staged(ProtoModel model) {
        Evaluation e = evaluate(model);
        return Staged.of(e.defined(), e.muHat(), () -> e);
    }

    /** The first stage of an evaluation: whether K is defined and mu-hat; {@link #complete} adds the rest (critics). */
    interface Staged {
        boolean defined();

        double muHat();

        /** The whole evaluation of the model (undefined ones carry their explanation). */
        Evaluation complete();

        /** A first stage with these figures, completed by {@code completion} (asked once per call of complete). */
        static Staged of(boolean defined, double muHat, java.util.function.Supplier<Evaluation> completion) {
            return new Staged() {
                @Override
                public boolean defined() {
                    return defined;
                }

                @Override
                public double muHat() {
                    return muHat;
                }

                @Override
                public Evaluation complete() {
                    return completion.get();
                }
            };
        }
    }
}
