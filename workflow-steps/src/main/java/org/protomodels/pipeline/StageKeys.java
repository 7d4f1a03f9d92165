package org.protomodels.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.protomodels.io.CanonicalJson;
import org.protomodels.io.Json;
import org.protomodels.io.Sha256;

/**
 * What each stage of a pipeline folder last ran on, so a rerun skips the stages that are up to date: a stage is
 * up to date when its key (tool version, parameters, the digests of its inputs and of the upstream stages'
 * manifests) equals the recorded one and every output its manifest lists still has the recorded sha256.
 * Kept in {@code <out>/pipeline-state.json}, written atomically after each stage.
 */
final class StageKeys {
    static final String FILE = "pipeline-state.json";
    private final Path file;
    private final Map<String, String> keys = new TreeMap<>();

    private StageKeys(Path file) {
        this.file = file;
    }

    static StageKeys load(Path out) {
        StageKeys k = new StageKeys(out.resolve(FILE));
        if (Files.isRegularFile(k.file)) {
            try {
                Json.readTree(k.file).path("stages").fields().forEachRemaining(e -> k.keys.put(e.getKey(), e.getValue().asText()));
            } catch (RuntimeException e) {
                k.keys.clear();    // an unreadable state only costs a rerun
            }
        }
        return k;
    }

    /** The key of a stage: sha256 of the canonical JSON of its parts. */
    static String key(Object... parts) {
        return Sha256.of(CanonicalJson.toBytes(List.of(parts)));
    }

    /** sha256 of a stage's manifest (it pins every output), or "missing". */
    static String manifest(Path folder, String stage) {
        Path m = folder.resolve(stage + ".manifest.json");
        return Files.isRegularFile(m) ? Sha256.of(m) : "missing";
    }

    boolean upToDate(String name, String key, Path folder, String stage) {
        if (!key.equals(keys.get(name))) {
            return false;
        }
        Path m = folder.resolve(stage + ".manifest.json");
        if (!Files.isRegularFile(m)) {
            return false;
        }
        JsonNode manifest;
        try {
            manifest = Json.readTree(m);
        } catch (RuntimeException e) {
            return false;
        }
        for (JsonNode o : manifest.path("outputs")) {
            Path f = folder.resolve(o.path("path").asText());
            if (!Files.isRegularFile(f) || !Sha256.of(f).equals(o.path("sha256").asText())) {
                return false;
            }
        }
        return true;
    }

    void record(String name, String key) {
        keys.put(name, key);
        Map<String, Object> doc = new TreeMap<>();
        doc.put("kind", "pipeline-state");
        doc.put("version", "1.0.0");
        doc.put("stages", keys);
        CanonicalJson.write(file, doc);
    }

    @Override
    public String toString() {
        return new String(CanonicalJson.toBytes(keys), StandardCharsets.UTF_8);
    }
}
