package org.protomodels.combine;

import java.util.List;

/**
 * What one critic (spec 7) says about a protomodel: {@code name} fast, slow or muMax, whether it passes, a sentence
 * for people (the reference's {@code critic_description}) and the results that constrain the model most.
 */
public record CriticVerdict(String name, boolean pass, String description, List<Constraining> mostConstraining) {
    public CriticVerdict {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: missing");
        }
        description = description == null ? "" : description;
        mostConstraining = mostConstraining == null ? List.of() : List.copyOf(mostConstraining);
    }

    /** A constraining result with its observed and expected r (null where undefined). */
    public record Constraining(String analysis, String dataset, Double rObs, Double rExp) {
    }
}
