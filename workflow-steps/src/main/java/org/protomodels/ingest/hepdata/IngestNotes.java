package org.protomodels.ingest.hepdata;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what an ingest skipped or could not check (tables not mapped, missing figures, macOS junk), for the
 * stage's {@code ingest-report.json}. Not thread-safe: one per ingest run.
 */
public final class IngestNotes {
    /** One note: which analysis (may be null), and the message. */
    public record Note(String analysis, String message) {
    }

    private final List<Note> notes = new ArrayList<>();

    public void add(String analysis, String message) {
        notes.add(new Note(analysis, message));
    }

    public List<Note> list() {
        return List.copyOf(notes);
    }
}
