package org.protomodels.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.io.Json;
import org.protomodels.io.Sha256;
import org.protomodels.io.SchemaValidator;

class StageOutputTest {
    @Test
    void commit_writesOutputsThenManifestWithDigests(@TempDir Path dir) throws Exception {
        try (StageOutput out = new StageOutput("demo", dir)) {
            out.writeJson("b.json", Map.of("x", 1));
            out.writeJson("sub/a.json", Map.of("y", 2));
            out.commit(Map.of("k", 3), 42L, List.of(new StepManifest.FileDigest("in/x", "0".repeat(64))));
        }
        Path manifest = dir.resolve("demo.manifest.json");
        var tree = Json.readTree(manifest);
        SchemaValidator.own().validateOwn(tree, manifest.toString());
        assertEquals("b.json", tree.get("outputs").get(0).get("path").asText());
        assertEquals(Sha256.of(dir.resolve("sub/a.json")), tree.get("outputs").get(1).get("sha256").asText());
        assertEquals(42, tree.get("seed").asLong());
        assertFalse(Files.exists(dir.resolve(".tmp-demo")));
        assertFalse(Files.readString(manifest).contains(dir.toString()), "no absolute paths in the manifest");
    }

    @Test
    void close_withoutCommit_leavesNoOutput(@TempDir Path dir) {
        assertThrows(IllegalStateException.class, () -> {
            try (StageOutput out = new StageOutput("demo", dir)) {
                out.writeJson("a.json", Map.of("x", 1));
                throw new IllegalStateException("reader failed half way");
            }
        });
        assertFalse(Files.exists(dir.resolve("a.json")));
        assertFalse(Files.exists(dir.resolve(".tmp-demo")));
        assertFalse(Files.exists(dir.resolve("demo.manifest.json")));
    }

    @Test
    void parameters_precedenceAndUnknownKeys(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, "steps: 50\nseed: 7\n");
        Parameters p = Parameters.resolve("walk", Map.of("steps", 10, "seed", 1L, "profile", "v2"), f, List.of("seed=9"));
        assertEquals(50, p.getInt("steps"));
        assertEquals(9L, p.getLong("seed"));
        assertEquals("v2", p.getString("profile"));
        var e = assertThrows(UsageException.class, () -> Parameters.resolve("walk", Map.of("steps", 10), null, List.of("stpes=3")));
        assertTrue(e.getMessage().contains("unknown parameter 'stpes'"), e.getMessage());
        assertThrows(UsageException.class, () -> Parameters.resolve("walk", Map.of("steps", 10), null, List.of("steps=ten")));
    }
}
