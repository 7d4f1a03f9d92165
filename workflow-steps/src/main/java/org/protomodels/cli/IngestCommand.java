package org.protomodels.cli;

import java.util.concurrent.Callable;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestResult;
import org.protomodels.ingest.IngestStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() {
        // ingest is configured by its options only; --params/--param keys are refused by name
        org.protomodels.step.Parameters.resolve("ingest", java.util.Map.of(), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            IngestResult r = new IngestStage(sink).run(
                    new IngestInputs(sources.smodelsDb, sources.hepdata, sources.catalogue, sources.xsec,
                            sources.combinations, sources.hepdataSchemas, sources.toy, stage.out));
            root.out().println("database: " + r.databaseFile());
            root.out().println("report: " + r.reportFile());
            return 0;
        }
    }
}
