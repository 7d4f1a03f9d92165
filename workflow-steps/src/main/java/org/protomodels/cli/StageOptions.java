package org.protomodels.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every stage takes (docs/cli.md: the step contract). */
final class StageOptions {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
    Path out;

    @Option(names = "--params", paramLabel = "FILE.yaml", description = "Parameters file (defaults < --params < --param).")
    Path params;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "One parameter; overrides --params. Repeatable.")
    List<String> param = new ArrayList<>();

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, plain lines otherwise), plain or none.")
    String progress;

    CliEventSink.Mode progressMode() {
        return switch (progress) {
            case "auto" -> CliEventSink.Mode.AUTO;
            case "plain" -> CliEventSink.Mode.PLAIN;
            case "none" -> CliEventSink.Mode.NONE;
            default -> throw new org.protomodels.step.UsageException(
                    "--progress: must be auto, plain or none, got '" + progress + "'");
        };
    }
}
