package org.protomodels.cli;

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

    @Mixin
    SourceOptions sources;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of every random stage (default 1).")
    Long seed;

    @Option(names = "--fakes", paramLabel = "N", description = "Number of SM fake databases (default 20).")
    Integer fakes;

    @Override
    public Integer call() {
        Parameters p = Parameters.resolve("pipeline", Map.of("seed", 1L, "fakes", 20), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            var outputs = new Pipeline(sink).run(new PipelineInputs(sources.smodelsDb, sources.hepdata, sources.catalogue,
                    sources.xsec, sources.combinations, sources.hepdataSchemas, sources.toy,
                    seed != null ? seed : p.getLong("seed"), fakes != null ? fakes : p.getInt("fakes"), stage.out));
            outputs.forEach((k, v) -> root.out().println(k + ": " + v));
            return 0;
        }
    }
}
