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

/** {@code protomodel report}: the static HTML report of a results folder (docs/report.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write index.html (static, opens from disk), summary.md, the plots (PNG and SVG) and the best "
                + "protomodel's SLHA file from a pipeline's results folder and the optional inputs below. "
                + "Sections whose input is absent say 'not run' (docs/report.md)."})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--results", required = true, paramLabel = "DIR", description = "The folder with ingest/, pvalues/, ... subfolders.")
    Path results;

    @Option(names = "--protomodel", paramLabel = "FILE",
            description = "The best protomodel (project JSON or hiscore dictionary list); default: rank 1 of the walk's hiscores.")
    Path protomodel;

    @Option(names = "--index", paramLabel = "N", defaultValue = "0", description = "Which model of a hiscore list (default 0).")
    int index;

    @Option(names = "--score", paramLabel = "FILE",
            description = "score.json of the best protomodel (combination, critics, likelihood curves); default: DIR/score.json, "
                    + "DIR/combine/score.json or the walk folder's score.json if present.")
    Path score;

    @Option(names = "--walk", paramLabel = "DIR",
            description = "A walk output folder (hiscores.json, history.jsonl); default: DIR/walk if present.")
    Path walk;

    @Option(names = "--image-digest", paramLabel = "DIGEST", defaultValue = "${env:PROTOMODEL_IMAGE_DIGEST}",
            description = "Digest of the container image the stages ran in (default: $PROTOMODEL_IMAGE_DIGEST).")
    String imageDigest;

    @Override
    public Integer call() {
        Parameters.resolve("report", Map.of(), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            var r = new ReportStage(sink).run(new ReportInputs(results, stage.out, protomodel, index, score, walk, imageDigest));
            root.out().println("report: " + r.index());
            return 0;
        }
    }
}
