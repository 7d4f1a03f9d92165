package org.protomodels.stats.spec;

import java.util.List;
import java.util.Objects;

/** A sample: nominal yields per bin and the modifiers acting on them. */
public record Sample(String name, List<Double> data, List<Modifier> modifiers) {
    public Sample {
        Objects.requireNonNull(name, "name");
        data = List.copyOf(data);
        modifiers = List.copyOf(modifiers);
        if (data.isEmpty()) {
            throw new IllegalArgumentException("data: sample '" + name + "' has no bins");
        }
    }
}
