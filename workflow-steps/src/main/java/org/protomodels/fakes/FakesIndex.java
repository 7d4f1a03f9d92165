package org.protomodels.fakes;

import java.util.List;

/** {@code fakes.json}: the settings and, per fake, its file and its own random stream (the seed's jump). */
public record FakesIndex(String kind, String version, long seed, double fudge, String database, String databaseSha256,
                         List<Entry> fakes) {
    public static final String KIND = "fakes-index";
    public static final String VERSION = "1.0.0";

    public FakesIndex {
        fakes = List.copyOf(fakes);
    }

    /** Fake {@code index} lives in {@code file} and was drawn from jump number {@code index} of the seed's stream. */
    public record Entry(int index, String file, String sha256) {
    }
}
