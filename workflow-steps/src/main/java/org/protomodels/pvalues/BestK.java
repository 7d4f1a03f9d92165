package org.protomodels.pvalues;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.protomodels.io.Json;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * The best K of walk runs, read from their {@code hiscores.json} (the rank-1 entry's K). A path is a
 * hiscores.json file, a walk output folder holding one, or a folder of walk folders (one per fake, read in
 * name order; sub-folders without hiscores.json are ignored).
 */
public final class BestK {
    public static final String FILE = "hiscores.json";

    /**
     * One run's best K and the file it came from, named by its folder and file name only (e.g.
     * {@code fake-0003/hiscores.json}): outputs carry no machine paths and read the same wherever the walks sit.
     */
    public record Run(String file, double k, @com.fasterxml.jackson.annotation.JsonIgnore Path path) {
    }

    private BestK() {
    }

    /** Every run found under {@code paths}, in the order given (folders expanded in name order). */
    public static List<Run> read(List<Path> paths, String option) {
        List<Run> out = new ArrayList<>();
        for (Path p : paths) {
            for (Path f : files(p, option)) {
                out.add(new Run(label(f), bestK(f), f));
            }
        }
        return out;
    }

    static String label(Path f) {
        Path abs = f.toAbsolutePath().normalize();
        Path parent = abs.getParent() == null ? null : abs.getParent().getFileName();
        return (parent == null ? "" : parent + "/") + abs.getFileName();
    }

    static List<Path> files(Path p, String option) {
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (!Files.isDirectory(p)) {
            throw new InputMissingException(option + " " + p + ": no such file or folder");
        }
        if (Files.isRegularFile(p.resolve(FILE))) {
            return List.of(p.resolve(FILE));
        }
        try (Stream<Path> s = Files.list(p)) {
            List<Path> found = s.filter(d -> Files.isRegularFile(d.resolve(FILE))).sorted().map(d -> d.resolve(FILE)).toList();
            if (found.isEmpty()) {
                throw new InputMissingException(option + " " + p + ": neither " + FILE + " nor walk folders holding one");
            }
            return found;
        } catch (IOException e) {
            throw new InputMissingException(option + " " + p + ": cannot list the folder: " + e.getMessage());
        }
    }

    /** The K of the rank-1 entry (the largest K when no entry says rank 1). */
    static double bestK(Path file) {
        JsonNode tree = Json.readTree(file);
        if (!"hiscores".equals(tree.path("kind").asText())) {
            throw new InvalidInputException(file.toString(), "/kind", "expected \"hiscores\", got " + tree.path("kind"));
        }
        JsonNode entries = tree.path("entries");
        if (!entries.isArray() || entries.isEmpty()) {
            throw new InvalidInputException(file.toString(), "/entries", "no hiscore entries: the walk found no model");
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < entries.size(); i++) {
            JsonNode k = entries.get(i).path("K");
            if (!k.isNumber() || !Double.isFinite(k.asDouble())) {
                throw new InvalidInputException(file.toString(), "/entries/" + i + "/K", "must be a finite number, got " + k);
            }
            if (entries.get(i).path("rank").asInt(-1) == 1) {
                return k.asDouble();
            }
            best = Math.max(best, k.asDouble());
        }
        return best;
    }
}
