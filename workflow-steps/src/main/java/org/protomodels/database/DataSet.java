package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;

/**
 * A dataset of an analysis: the one upper-limit dataset ({@code dataId} null in SModelS, id {@code data} here)
 * or one signal region of an efficiency-map analysis with its counts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataSet(String id, DataType dataType, SignalRegionCounts counts, List<String> combinableWith,
                      List<TxName> txNames) {
    public DataSet {
        Checks.requireText(id, "id");
        java.util.Objects.requireNonNull(dataType, "dataType");
        if (dataType == DataType.EFFICIENCY_MAP && counts == null) {
            throw new IllegalArgumentException("dataset " + id + ": an efficiency-map dataset needs observedN, expectedBG, bgError");
        }
        combinableWith = combinableWith == null ? List.of() : List.copyOf(combinableWith);
        txNames = Checks.copy(txNames, "txNames");
        var seen = new HashSet<String>();
        for (TxName t : txNames) {
            if (!seen.add(t.name())) {
                throw new IllegalArgumentException("dataset " + id + ": txName " + t.name() + " declared twice");
            }
        }
    }
}
