package org.protomodels.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.protomodels.io.Sha256;
import org.protomodels.step.InputMissingException;

/**
 * The sha256 of an input: of the file itself, or for a folder of the sorted list of (relative path, file sha256),
 * so the manifest pins a whole database without absolute paths.
 */
public final class TreeDigest {
    private TreeDigest() {
    }

    /** Workflow engines pass input folders as symbolic links: digest what they point to. */
    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new InputMissingException(p + ": cannot resolve (" + e.getMessage() + ")", e);
        }
    }

    public static String of(Path p) {
        if (!Files.isDirectory(p)) {
            return Sha256.of(p);
        }
        try (var walk = Files.walk(realPath(p), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            StringBuilder sb = new StringBuilder();
            for (Path f : files) {
                sb.append(realPath(p).relativize(f).toString().replace('\\', '/')).append('\0').append(Sha256.of(f)).append('\n');
            }
            return Sha256.of(sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputMissingException(p + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
