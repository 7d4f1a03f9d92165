package org.protomodels.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.protomodels.walk.WalkMerge;
import org.protomodels.walk.WalkMergeInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel walk-merge}: joins the parts of a walk split over machines into the full run's folder. */
@Command(name = "walk-merge", mixinStandardHelpOptions = true,
        description = {"Join partial walks (walk --walker-range FROM:TO, same seed, profile, steps, walkers and",
                "database) into the folder one full run writes: hiscores.json and history.jsonl byte-identical,",
                "checkpoints copied, walk.manifest.json of the full run. Refuses parts of other runs and",
                "overlapping or missing walker ranges."})
final class WalkMergeCommand implements Callable<Integer> {
    @Mixin
    StageOptions stage;

    @ParentCommand
    ProtomodelCommand root;

    @Parameters(arity = "1..*", paramLabel = "PART_DIR", description = "Output folders of the partial walks (any order).")
    List<Path> parts;

    @Override
    public Integer call() {
        org.protomodels.step.Parameters.resolve("walk-merge", java.util.Map.of(), stage.params, stage.param);
        try (CliEventSink sink = new CliEventSink(root.err(), stage.progressMode())) {
            var r = new WalkMerge(sink).run(new WalkMergeInputs(parts, stage.out));
            root.out().println("hiscores: " + r.hiscores());
            root.out().println("history: " + r.history());
            return 0;
        }
    }
}
