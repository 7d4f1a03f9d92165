package org.protomodels.fakes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code fakes.json}: the settings and, per fake, its file and its own random stream (the seed's jump).
 * {@code protomodel} (absent for SM-only fakes) names the injected model and its sha256; {@code workspaces} lists
 * the pyhf workspaces whose background-only models were sampled.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FakesIndex(String kind, String version, long seed, double fudge, Boolean fixedBackgrounds,
                         Boolean fixedSignals, Double maxMassDistance, Injected protomodel, List<String> workspaces,
                         String database, String databaseSha256, List<Entry> fakes) {
    public static final String KIND = "fakes-index";
    public static final String VERSION = "1.0.0";

    public FakesIndex {
        fakes = List.copyOf(fakes);
        workspaces = workspaces == null ? null : List.copyOf(workspaces);
    }

    /** Reads {@code fakes.json}: schema first, then the records; faults name the file and the JSON pointer. */
    public static FakesIndex read(java.nio.file.Path file) {
        com.fasterxml.jackson.databind.JsonNode doc = org.protomodels.io.Json.readTree(file);
        org.protomodels.io.SchemaValidator.own().validateOwn(doc, file.toString());
        return org.protomodels.io.Json.treeToValue(doc, FakesIndex.class, file.toString());
    }

    /** Fake {@code index} lives in {@code file} and was drawn from jump number {@code index} of the seed's stream. */
    public record Entry(int index, String file, String sha256) {
    }

    /** The injected protomodel: its file name, index in a hiscore list and the file's sha256. */
    public record Injected(String file, int index, String sha256) {
    }
}
