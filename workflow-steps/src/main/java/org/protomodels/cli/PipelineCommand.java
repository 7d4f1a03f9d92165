package org.protomodels.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protomodels.pipeline.Pipeline;
import org.protomodels.pipeline.PipelineInputs;
import org.protomodels.step.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel pipeline}: every stage in order, one subfolder each, ending with the report. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Run the stages in order (ingest, fakes, pvalues, report) into one subfolder each.",
                "With --toy it runs on the embedded synthetic toy database, offline, in about a minute."})
final class PipelineCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--toy", description = "Use the embedded (synthetic) toy database.")
    boolean toy;

    @Option(names = "--smodels-db", paramLabel = "DIR", description = "SModelS text database folder. Repeatable.")
    List<Path> smodelsDb = new ArrayList<>();

    @Option(names = "--hepdata", paramLabel = "DIR", description = "Root of the HEPData records. Repeatable.")
    List<Path> hepdata = new ArrayList<>();

    @Option(names = "--catalogue", paramLabel = "FILE", description = "Catalogue of the HEPData records.")
    Path catalogue;

    @Option(names = "--xsec", paramLabel = "DIR", description = "Reference cross-section tables.")
    Path xsec;

    @Option(names = "--combinations", paramLabel = "DIR", description = "Combination matrices.")
    Path combinations;

    @Option(names = "--hepdata-schemas", paramLabel = "DIR", description = "The official HEPData JSON schemas (one folder per version).")
    Path hepdataSchemas;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of every random stage (default 1).")
    Long seed;

    @Option(names = "--fakes", paramLabel = "N", description = "Number of SM fake databases (default 20).")
    Integer fakes;

    @Override
    public Integer call() {
        Parameters p = Parameters.resolve("pipeline", Map.of("seed", 1L, "fakes", 20), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            var outputs = new Pipeline(sink).run(new PipelineInputs(smodelsDb, hepdata, catalogue, xsec, combinations, hepdataSchemas, toy,
                    seed != null ? seed : p.getLong("seed"), fakes != null ? fakes : p.getInt("fakes"), stage.out));
            outputs.forEach((k, v) -> root.out().println(k + ": " + v));
            return 0;
        }
    }
}
