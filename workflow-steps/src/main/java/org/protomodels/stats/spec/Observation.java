package org.protomodels.stats.spec;

import java.util.List;
import java.util.Objects;

/** Observed counts of one channel. */
public record Observation(String name, List<Double> data) {
    public Observation {
        Objects.requireNonNull(name, "name");
        data = List.copyOf(data);
    }
}
