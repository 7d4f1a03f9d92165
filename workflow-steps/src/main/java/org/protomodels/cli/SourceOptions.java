package org.protomodels.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the LHC results come from: shared by {@code ingest} and {@code pipeline}. */
final class SourceOptions {
    @Option(names = "--smodels-db", paramLabel = "DIR", description = "SModelS text database folder. Repeatable.")
    List<Path> smodelsDb = new ArrayList<>();

    @Option(names = "--hepdata", paramLabel = "DIR",
            description = "Folder that holds HEPData records (the catalogue's sources are relative to it). Repeatable.")
    List<Path> hepdata = new ArrayList<>();

    @Option(names = "--catalogue", paramLabel = "FILE", description = "Catalogue: which HEPData table is what.")
    Path catalogue;

    @Option(names = "--xsec", paramLabel = "DIR", description = "Reference cross-section tables (xsec*.txt).")
    Path xsec;

    @Option(names = "--combinations", paramLabel = "DIR", description = "Combination matrices (ATLAS13.yaml, ...).")
    Path combinations;

    @Option(names = "--hepdata-schemas", paramLabel = "DIR",
            description = "The official HEPData JSON schemas (one folder per version); without them records get every"
                    + " semantic check but no schema check (env PROTOMODELS_HEPDATA_SCHEMAS works too).")
    Path hepdataSchemas;

    @Option(names = "--toy", description = "Use the embedded (synthetic) toy database.")
    boolean toy;
}
