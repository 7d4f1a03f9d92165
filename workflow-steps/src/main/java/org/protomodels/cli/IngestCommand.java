package org.protomodels.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestResult;
import org.protomodels.ingest.IngestStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel ingest}: HEPData records and SModelS text databases into one canonical database. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read LHC results into one canonical, schema-validated database.json (+ ingest-report.json).",
                "Sources: SModelS text databases (1.2.x and 3.x), HEPData records mapped by a catalogue,",
                "cross-section tables and combination matrices; or the embedded toy database (--toy)."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--smodels-db", paramLabel = "DIR", description = "SModelS text database folder. Repeatable.")
    List<Path> smodelsDb = new ArrayList<>();

    @Option(names = "--hepdata", paramLabel = "PATH",
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

    @Option(names = "--toy", description = "Ingest the embedded (synthetic) toy database.")
    boolean toy;

    @Override
    public Integer call() {
        // ingest is configured by its options only; --params/--param keys are refused by name
        org.protomodels.step.Parameters.resolve("ingest", java.util.Map.of(), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            IngestResult r = new IngestStage(sink).run(
                    new IngestInputs(smodelsDb, hepdata, catalogue, xsec, combinations, hepdataSchemas, toy, stage.out));
            root.out().println("database: " + r.databaseFile());
            root.out().println("report: " + r.reportFile());
            return 0;
        }
    }
}
