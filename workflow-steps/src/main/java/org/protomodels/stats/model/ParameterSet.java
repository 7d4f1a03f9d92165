package org.protomodels.stats.model;

import java.util.List;
import java.util.Objects;
import org.protomodels.stats.modifier.Constraint;

/**
 * One named parameter set of the model (a scalar or one entry per bin) at {@code offset} in the parameter
 * vector, with its suggested inits, bounds, fixed flags and constraint (aux data plus sigma or Poisson factor).
 */
public record ParameterSet(String name, int offset, int n, List<Double> inits, List<Double> lower,
        List<Double> upper, List<Boolean> fixed, Constraint constraint, List<Double> auxdata, List<Double> sigmas,
        List<Double> factors) {
    public ParameterSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(constraint, "constraint");
        inits = List.copyOf(inits);
        lower = List.copyOf(lower);
        upper = List.copyOf(upper);
        fixed = List.copyOf(fixed);
        auxdata = auxdata == null ? List.of() : List.copyOf(auxdata);
        sigmas = sigmas == null ? List.of() : List.copyOf(sigmas);
        factors = factors == null ? List.of() : List.copyOf(factors);
        if (inits.size() != n || lower.size() != n || upper.size() != n || fixed.size() != n) {
            throw new IllegalArgumentException("n: parameter set '" + name + "' has inconsistent sizes");
        }
        if (constraint != Constraint.NONE && auxdata.size() != n) {
            throw new IllegalArgumentException("auxdata: parameter set '" + name + "' needs " + n + " aux data");
        }
    }

    public boolean constrained() {
        return constraint != Constraint.NONE;
    }
}
