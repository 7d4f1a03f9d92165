package org.protomodels.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.protomodels.database.Analysis;
import org.protomodels.database.CrossSectionTable;
import org.protomodels.step.EventSink;

/** The stage's seam to the format readers (ingest.smodels, ingest.hepdata). */
final class Sources {
    private Sources() {
    }

    record SModelSResult(String version, List<Analysis> analyses) {
    }

    static SModelSResult readSModelS(Path db, IngestLog log, EventSink events) {
        throw new UnsupportedOperationException("WIP");
    }

    static List<Analysis> readHepData(Path catalogue, List<Path> roots, IngestLog log, EventSink events) {
        throw new UnsupportedOperationException("WIP");
    }

    static List<CrossSectionTable> readCrossSections(Path dir, IngestLog log) {
        throw new UnsupportedOperationException("WIP");
    }

    static Map<String, List<String>> readCombinations(Path dir, IngestLog log) {
        throw new UnsupportedOperationException("WIP");
    }
}
