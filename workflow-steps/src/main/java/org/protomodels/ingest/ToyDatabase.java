package org.protomodels.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.protomodels.io.AtomicFiles;
import org.protomodels.step.OutputException;

/**
 * The embedded toy database (synthetic HEPData records plus a catalogue, made by the project; see
 * database/toy/README.md), shipped inside the jar and unpacked into a temporary folder for reading.
 */
public final class ToyDatabase implements AutoCloseable {
    private static final String ROOT = "/org/protomodels/toy/";
    private final Path dir;

    private ToyDatabase(Path dir) {
        this.dir = dir;
    }

    /** Unpacks the toy database listed in its FILES index. */
    public static ToyDatabase extract() {
        try {
            Path dir = Files.createTempDirectory("protomodel-toy");
            for (String rel : files()) {
                try (InputStream in = ToyDatabase.class.getResourceAsStream(ROOT + rel)) {
                    if (in == null) {
                        throw new IllegalStateException("toy database file missing from the jar: " + rel);
                    }
                    Path target = dir.resolve(rel).normalize();
                    if (!target.startsWith(dir)) {
                        throw new IllegalStateException("toy database index names a path outside: " + rel);
                    }
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
            return new ToyDatabase(dir);
        } catch (IOException e) {
            throw new OutputException("cannot unpack the toy database: " + e.getMessage(), e);
        }
    }

    /** Relative paths of the toy database's files, from its index. */
    public static List<String> files() throws IOException {
        try (InputStream in = ToyDatabase.class.getResourceAsStream(ROOT + "FILES")) {
            if (in == null) {
                throw new IllegalStateException("the toy database index (FILES) is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    public Path root() {
        return dir;
    }

    public Path catalogue() {
        return dir.resolve("catalogue.yaml");
    }

    /** The folder the catalogue's record paths ({@code hepdata/<analysis>}) are relative to. */
    public Path hepdataRoot() {
        return dir;
    }

    @Override
    public void close() {
        AtomicFiles.deleteTree(dir);
    }
}
