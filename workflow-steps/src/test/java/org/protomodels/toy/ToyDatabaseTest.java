package org.protomodels.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed toy database is exactly what the generator writes (so it is reproducible and documented);
 * {@code -Dprotomodels.toy.regenerate=true} rewrites database/toy/ instead of comparing.
 */
class ToyDatabaseTest {
    static final Path COMMITTED = Path.of("../database/toy");

    @Test
    void generate_fixedSeed_reproducesCommittedFilesByteForByte(@TempDir Path tmp) throws Exception {
        if (Boolean.getBoolean("protomodels.toy.regenerate")) {
            new ToyDatabaseGenerator().generate(COMMITTED);
        }
        List<String> files = new ToyDatabaseGenerator().generate(tmp);
        assertTrue(files.size() > 20, "toy database has " + files.size() + " files");
        for (String rel : files) {
            if (rel.equals("README.md")) {
                assertTrue(Files.exists(COMMITTED.resolve(rel)), "README.md documents the toy database");
                continue;
            }
            assertEquals(Files.readString(tmp.resolve(rel)), Files.readString(COMMITTED.resolve(rel)),
                    rel + " differs from the generator's output (regenerate with -Dprotomodels.toy.regenerate=true)");
        }
        assertEquals(Files.readString(tmp.resolve("FILES")), Files.readString(COMMITTED.resolve("FILES")));
    }
}
