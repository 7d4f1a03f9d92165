package org.protomodels.ingest.hepdata;

import java.util.List;
import java.util.Map;

/**
 * A parsed and validated HEPData submission: the schema version it was checked against, the header document's
 * scalar fields ({@code comment}, ...), its tables in submission order, and notes (things skipped or not checked).
 */
public record HepDataRecord(String source, String schemaVersion, Map<String, String> header, List<Table> tables,
                            List<String> notes) {
    public HepDataRecord {
        header = header == null ? Map.of() : Map.copyOf(header);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /** The table whose {@code data_file} or (trimmed) name is {@code key}; data_file wins (names are often copy-pasted). */
    public Table table(String key) {
        for (Table t : tables) {
            if (key.equals(t.dataFile())) {
                return t;
            }
        }
        for (Table t : tables) {
            if (t.name().trim().equals(key.trim())) {
                return t;
            }
        }
        return null;
    }
}
