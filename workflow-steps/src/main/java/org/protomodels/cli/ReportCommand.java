package org.protomodels.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protomodels.report.ReportInputs;
import org.protomodels.report.ReportStage;
import org.protomodels.step.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel report}: the static HTML report of a results folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write report/index.html (static, opens from disk) and summary.md from a pipeline's results folder.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--results", required = true, paramLabel = "DIR", description = "The folder with ingest/, pvalues/, ... subfolders.")
    Path results;

    @Override
    public Integer call() {
        Parameters.resolve("report", Map.of(), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            var r = new ReportStage(sink).run(new ReportInputs(results, stage.out));
            root.out().println("report: " + r.index());
            return 0;
        }
    }
}
