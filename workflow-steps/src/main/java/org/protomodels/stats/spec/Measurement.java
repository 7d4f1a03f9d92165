package org.protomodels.stats.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A measurement: the parameter of interest and parameter configurations. */
public record Measurement(String name, String poi, List<ParameterConfig> parameters) {
    public Measurement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(poi, "poi");
        parameters = List.copyOf(parameters);
    }

    public Optional<ParameterConfig> parameter(String parName) {
        return parameters.stream().filter(p -> p.name().equals(parName)).findFirst();
    }
}
