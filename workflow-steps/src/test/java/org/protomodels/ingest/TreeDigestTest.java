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
        assertEquals(TreeDigest.of(real), TreeDigest.of(link), "cwltool passes input folders as links");
        Files.writeString(real.resolve("b.txt"), "gamma");
        assertNotEquals(TreeDigest.of(dir.resolve("empty-" + 0).getParent().resolve("db")), "", "changes change the digest");
    }
}
