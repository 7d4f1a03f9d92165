package org.protomodels.walk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of {@code history.jsonl} (schema history-entry 1.0.0): walker, step (1-based), the moves of the step,
 * K of the proposal (null when undefined), whether it was accepted, and the walker's particles and masses after
 * the decision.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HistoryEntry(int walker, int step, List<String> moves, @JsonProperty("K") Double k, boolean accepted,
                           List<Integer> particles, Map<Integer, Double> masses) {
    public HistoryEntry {
        moves = List.copyOf(moves);
        particles = List.copyOf(particles);
        masses = java.util.Collections.unmodifiableMap(new TreeMap<>(masses));
        if (k != null && !Double.isFinite(k)) {
            throw new IllegalArgumentException("K: must be finite or null, got " + k);
        }
    }
}
