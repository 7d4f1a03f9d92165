package org.protomodels.ingest;

import java.util.List;

/** {@code ingest-report.json}: counts of what was read, and every skipped file or table with the reason. */
public record IngestReport(String kind, String version, Counts counts, List<String> sources, List<Skipped> skipped,
                           List<String> warnings, List<String> notes) {
    public static final String KIND = "ingest-report";
    public static final String VERSION = "1.0.0";

    public IngestReport {
        sources = List.copyOf(sources);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    public record Counts(int analyses, int datasets, int txNames, int upperLimitMaps, int efficiencyMaps,
                         int workspaces, int crossSectionTables) {
    }

    /** A file or table ingest did not use, and why. */
    public record Skipped(String path, String reason) {
    }
}
