package org.protomodels.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeDigestTest {
    @Test
    void of_folderBehindSymlink_sameDigestAsTheFolder(@TempDir Path dir) throws Exception {
        Path real = dir.resolve("db");
        Files.createDirectories(real.resolve("sub"));
        Files.writeString(real.resolve("sub/a.txt"), "alpha");
        Files.writeString(real.resolve("b.txt"), "beta");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        String before = TreeDigest.of(real);
        assertEquals(before, TreeDigest.of(link), "cwltool passes input folders as links");
        Files.writeString(real.resolve("b.txt"), "gamma");
        assertNotEquals(before, TreeDigest.of(link), "a changed file changes the digest");
    }
}
