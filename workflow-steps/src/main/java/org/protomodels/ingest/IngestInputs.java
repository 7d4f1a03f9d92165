package org.protomodels.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What ingest reads: SModelS text databases, HEPData records (folders, YAML files or archives) mapped through a
 * catalogue, cross-section tables, combination matrices; or the embedded toy database. Paths as given by the user.
 * {@code hepdataSchemas}: the official HEPData JSON schemas (one folder per version), or null to check records
 * without them (the tool does not ship them).
 */
public record IngestInputs(List<Path> smodelsDatabases, List<Path> hepdata, Path catalogue, Path crossSections,
                           Path combinations, Path hepdataSchemas, boolean toy, Path out) {
    public IngestInputs {
        smodelsDatabases = List.copyOf(smodelsDatabases);
        hepdata = List.copyOf(hepdata);
        Objects.requireNonNull(out, "out");
        if (!toy && smodelsDatabases.isEmpty() && hepdata.isEmpty()) {
            throw new org.protomodels.step.UsageException(
                    "ingest: nothing to read: give --smodels-db, --hepdata (with --catalogue) or --toy");
        }
        if (!hepdata.isEmpty() && catalogue == null && !toy) {
            throw new org.protomodels.step.UsageException("ingest: --hepdata needs --catalogue (which table is what)");
        }
    }
}
