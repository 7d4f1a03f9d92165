package org.protomodels.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects what readers skip (with the reason) and warnings; thread-safe, reported sorted. */
public final class IngestLog {
    private final List<IngestReport.Skipped> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public synchronized void skipped(String path, String reason) {
        skipped.add(new IngestReport.Skipped(path, reason));
    }

    public synchronized void warning(String message) {
        warnings.add(message);
    }

    /** Information a curator may want (how an asymmetric error was folded, ...), not a problem. */
    public synchronized void note(String message) {
        notes.add(message);
    }

    synchronized List<String> notes() {
        List<String> n = new ArrayList<>(notes);
        n.sort(null);
        return n;
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
