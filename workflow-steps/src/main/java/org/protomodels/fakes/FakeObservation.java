package org.protomodels.fakes;

import java.util.Map;
import java.util.Objects;

/**
 * One fake database, stored as what differs from the original: the new observed count of every signal region
 * ({@code analysisId:datasetId}) and the shift x of every upper-limit map that has an expected map
 * ({@code analysisId:datasetId:txName}; observed := expected x (1 + x/1.96)). With the original database it is
 * a full database that every stage reads unchanged ({@link FakeDatabaseSampler#apply}).
 */
public record FakeObservation(String kind, String version, int index, long seed, double fudge,
                              String originalSha256, Map<String, Double> observedCounts,
                              Map<String, Double> upperLimitShifts) {
    public static final String KIND = "fake-observation";
    public static final String VERSION = "1.0.0";

    public FakeObservation {
        if (!KIND.equals(kind)) {
            throw new IllegalArgumentException("kind: must be '" + KIND + "'");
        }
        Objects.requireNonNull(originalSha256, "originalSha256");
        if (!(fudge > 0) || !Double.isFinite(fudge)) {
            throw new IllegalArgumentException("fudge: must be > 0, got " + fudge);
        }
        observedCounts = new java.util.TreeMap<>(observedCounts);
        upperLimitShifts = new java.util.TreeMap<>(upperLimitShifts);
        observedCounts.forEach((k, v) -> {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("observedCounts/" + k + ": must be a count >= 0, got " + v);
            }
        });
        upperLimitShifts.forEach((k, v) -> {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("upperLimitShifts/" + k + ": must be finite, got " + v);
            }
        });
        observedCounts = java.util.Collections.unmodifiableMap(observedCounts);
        upperLimitShifts = java.util.Collections.unmodifiableMap(upperLimitShifts);
    }
}
