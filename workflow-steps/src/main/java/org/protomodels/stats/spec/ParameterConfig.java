package org.protomodels.stats.spec;

import java.util.List;
import java.util.Objects;

/**
 * User configuration of one parameter set in a measurement; absent fields are {@code null} and keep the
 * modifier's defaults. Bounds are pairs {@code [lo, hi]}.
 */
public record ParameterConfig(String name, List<Double> inits, List<List<Double>> bounds, List<Double> auxdata,
        List<Double> factors, List<Double> sigmas, Boolean fixed) {
    public ParameterConfig {
        Objects.requireNonNull(name, "name");
        inits = inits == null ? null : List.copyOf(inits);
        bounds = bounds == null ? null : bounds.stream().map(List::copyOf).toList();
        auxdata = auxdata == null ? null : List.copyOf(auxdata);
        factors = factors == null ? null : List.copyOf(factors);
        sigmas = sigmas == null ? null : List.copyOf(sigmas);
    }
}
