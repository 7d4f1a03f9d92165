package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An upper-limit result (UL maps on sigma x BR) or an efficiency-map result (one signal region). */
public enum DataType {
    UPPER_LIMIT("upperLimit"), EFFICIENCY_MAP("efficiencyMap");

    private final String label;

    DataType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static DataType of(String s) {
        for (DataType t : values()) {
            if (t.label.equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("dataType: unknown '" + s + "' (upperLimit or efficiencyMap)");
    }
}
