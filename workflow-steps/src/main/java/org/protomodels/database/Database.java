package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The canonical database every stage reads: analyses (sorted by id), the combinability lists read from
 * combination matrices ({@code combinations}: analysis id -> ids it may be combined with, same experiment and
 * sqrt(s); other pairs are combinable by rule) and the reference cross-section tables.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Database(String kind, String version, String databaseVersion, List<Analysis> analyses,
                       Map<String, List<String>> combinations, List<CrossSectionTable> crossSections) {
    public static final String KIND = "database";
    public static final String VERSION = "1.0.0";

    public Database {
        if (!KIND.equals(kind)) {
            throw new IllegalArgumentException("kind: must be '" + KIND + "', got '" + kind + "'");
        }
        if (!VERSION.equals(version)) {
            throw new IllegalArgumentException("version: this tool reads database version " + VERSION + ", got '" + version + "'");
        }
        analyses = Checks.copy(analyses, "analyses");
        combinations = combinations == null ? Map.of() : Map.copyOf(combinations);
        crossSections = crossSections == null ? List.of() : List.copyOf(crossSections);
        var ids = new HashSet<String>();
        for (Analysis a : analyses) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("analyses: analysis " + a.id() + " appears twice");
            }
        }
    }

    public static Database of(String databaseVersion, List<Analysis> analyses, Map<String, List<String>> combinations,
                              List<CrossSectionTable> crossSections) {
        List<Analysis> sorted = new java.util.ArrayList<>(analyses);
        sorted.sort(java.util.Comparator.comparing(Analysis::id));
        return new Database(KIND, VERSION, databaseVersion, sorted, combinations, crossSections);
    }

    public Analysis analysis(String id) {
        for (Analysis a : analyses) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }
}
