package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The collaboration that published a result; results of different experiments are combinable by rule. */
public enum Experiment {
    ATLAS, CMS, OTHER;

    @JsonValue
    public String label() {
        return name();
    }

    @JsonCreator
    public static Experiment of(String s) {
        return switch (s.toUpperCase(java.util.Locale.ROOT)) {
            case "ATLAS" -> ATLAS;
            case "CMS" -> CMS;
            default -> OTHER;
        };
    }

    /** From an analysis id such as {@code ATLAS-SUSY-2016-16-eff} or {@code CMS-PAS-SUS-16-052}. */
    public static Experiment fromAnalysisId(String id) {
        if (id.startsWith("ATLAS")) {
            return ATLAS;
        }
        if (id.startsWith("CMS")) {
            return CMS;
        }
        return OTHER;
    }
}
