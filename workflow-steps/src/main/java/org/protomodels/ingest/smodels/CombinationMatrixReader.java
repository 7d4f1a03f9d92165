package org.protomodels.ingest.smodels;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.protomodels.io.Yaml;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * Reads the protomodels combination matrices ({@code ATLAS13.yaml}, {@code CMS8.yaml}, ...; spec 5.1): each maps an
 * analysis id (or an {@code anaId:dataId} label) to the ids it may be combined with; YAML comments mark doubtful
 * entries. The result is the union of the files, made symmetric (a lists b implies b lists a, as SModelS checks both
 * directions), with keys and lists sorted and without self-pairs.
 */
public final class CombinationMatrixReader {
    private CombinationMatrixReader() {
    }

    /** A single {@code .yaml} file, or every {@code .yaml}/{@code .yml} file of a folder (in name order). */
    public static Map<String, List<String>> read(Path fileOrDir) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> s = Files.list(fileOrDir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new InputMissingException(fileOrDir + ": cannot list folder (" + e.getMessage() + ")", e);
            }
        } else if (Files.isRegularFile(fileOrDir)) {
            files.add(fileOrDir);
        } else {
            throw new InputMissingException(fileOrDir + ": no such file or folder");
        }
        Map<String, TreeSet<String>> m = new TreeMap<>();
        for (Path f : files) {
            addFile(f, m);
        }
        Map<String, List<String>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static void addFile(Path file, Map<String, TreeSet<String>> m) {
        JsonNode root = Yaml.readTree(file);
        if (!root.isObject()) {
            throw new InvalidInputException(file.toString(), "", "expected a map: analysis id -> list of analysis ids");
        }
        var it = root.fields();
        while (it.hasNext()) {
            var e = it.next();
            String key = e.getKey().strip();
            JsonNode list = e.getValue();
            String pointer = "/" + key.replace("~", "~0").replace("/", "~1");
            if (list == null || list.isNull() || list.isMissingNode() || (list.isTextual() && list.asText().isBlank())) {
                m.computeIfAbsent(key, k -> new TreeSet<>());
                continue;
            }
            if (!list.isArray()) {
                throw new InvalidInputException(file.toString(), pointer, "expected a list of analysis ids");
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                    throw new InvalidInputException(file.toString(), pointer + "/" + i, "expected an analysis id");
                }
                String other = item.asText().strip();
                if (other.equals(key)) {
                    continue;
                }
                m.computeIfAbsent(key, k -> new TreeSet<>()).add(other);
                m.computeIfAbsent(other, k -> new TreeSet<>()).add(key);
            }
        }
    }
}
