package org.protomodels.ingest.smodels;

import java.util.List;
import org.protomodels.database.Analysis;

/** What an SModelS text database holds: its version (the {@code version} file) and its analyses, sorted by id. */
public record SModelSDatabase(String version, List<Analysis> analyses) {
    public SModelSDatabase {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version: must be a non-empty string");
        }
        analyses = List.copyOf(analyses);
    }
}
