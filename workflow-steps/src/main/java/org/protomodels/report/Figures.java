package org.protomodels.report;

import java.nio.file.Path;
import java.util.function.Function;
import org.protomodels.step.StageOutput;

/** Makes plots inside the report's output folder (PNG and SVG registered as outputs). */
final class Figures {
    private final StageOutput out;

    Figures(StageOutput out) {
        this.out = out;
    }

    /** Draws {@code name}.png/.svg with {@code draw} (given the base path, returns the two file names). */
    Doc.Figure plot(String name, String caption, Function<Path, String[]> draw) {
        Path base = out.file(name + ".png").resolveSibling(name);
        out.file(name + ".svg");
        return Doc.Figure.of(draw.apply(base), caption);
    }

    /** A file of the report (registered as an output). */
    Path file(String name) {
        return out.file(name);
    }
}
