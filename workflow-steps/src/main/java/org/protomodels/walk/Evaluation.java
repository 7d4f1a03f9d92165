package org.protomodels.walk;

import java.util.Set;
import java.util.TreeSet;
import org.protomodels.predict.model.ProtoModel;

/**
 * The evaluation of one protomodel (spec 2.5, 6, 7): whether K is defined (mu-hat converged, predictions exist),
 * K, TL, Z, the signal strength mu-hat of the best combination, whether the critics pass, the |PDG| ids of every
 * BSM particle in the best combination (for the freeze of spec 2.3) and the critic's explanation (may be null).
 * {@code model} is the model the figures belong to: after the mu-hat loop the input model with its SSMs rescaled
 * (null means "the model as given").
 */
public record Evaluation(boolean defined, double k, double tl, double z, double muHat, boolean criticsPass,
                         Set<Integer> particlesInCombination, String explanation, ProtoModel model) {
    public Evaluation {
        particlesInCombination = particlesInCombination == null ? Set.of()
                : java.util.Collections.unmodifiableSet(new TreeSet<>(particlesInCombination));
        if (defined && !Double.isFinite(k)) {
            throw new IllegalArgumentException("k: a defined evaluation has a finite K, got " + k);
        }
    }

    /** K undefined (mu-hat did not converge, no predictions, model rejected). */
    public static Evaluation undefined(String why) {
        return new Evaluation(false, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, Set.of(), why, null);
    }

    /** A defined evaluation of the model as given. */
    public static Evaluation of(double k, double tl, double z, double muHat, boolean criticsPass, Set<Integer> particles,
                                String explanation) {
        return new Evaluation(true, k, tl, z, muHat, criticsPass, particles, explanation, null);
    }

    /** The same figures attributed to {@code m} (after a rescaling). */
    public Evaluation withModel(ProtoModel m) {
        return new Evaluation(defined, k, tl, z, muHat, criticsPass, particlesInCombination, explanation, m);
    }
}
