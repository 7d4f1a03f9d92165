package org.protomodels.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects what readers skip (with the reason) and warnings; thread-safe, reported sorted. */
public final class IngestLog {
    private final List<IngestReport.Skipped> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public synchronized void skipped(String path, String reason) {
        skipped.add(new IngestReport.Skipped(path, reason));
    }

    public synchronized void warning(String message) {
        warnings.add(message);
    }

    synchronized List<IngestReport.Skipped> skipped() {
        List<IngestReport.Skipped> s = new ArrayList<>(skipped);
        s.sort(java.util.Comparator.comparing(IngestReport.Skipped::path).thenComparing(IngestReport.Skipped::reason));
        return s;
    }

    synchronized List<String> warnings() {
        List<String> w = new ArrayList<>(warnings);
        w.sort(null);
        return w;
    }
}
