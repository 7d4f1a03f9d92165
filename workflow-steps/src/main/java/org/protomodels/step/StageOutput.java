package org.protomodels.step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.protomodels.io.AtomicFiles;
import org.protomodels.io.CanonicalJson;
import org.protomodels.io.Sha256;

/**
 * The output side of the stage contract: files are written into {@code <out>/.tmp-<stage>/}, then moved into
 * {@code <out>} one by one, and the manifest is written last. On failure the temporary folder is removed and
 * no output of this run is left behind.
 */
public final class StageOutput implements AutoCloseable {
    private final String stage;
    private final Path out;
    private final Path tmp;
    private final List<String> written = new ArrayList<>();
    private boolean committed;

    public StageOutput(String stage, Path out) {
        this.stage = stage;
        this.out = out;
        this.tmp = out.resolve(".tmp-" + stage);
        try {
            Files.createDirectories(out);
            AtomicFiles.deleteTree(tmp);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new OutputException(out + ": cannot create output folder (" + e.getMessage() + ")", e);
        }
    }

    /** Where to write output {@code relative}; call {@link #commit} to publish it. */
    public Path file(String relative) {
        Path p = tmp.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new OutputException(p.getParent() + ": cannot create folder (" + e.getMessage() + ")", e);
        }
        if (!written.contains(relative)) {
            written.add(relative);
        }
        return p;
    }

    /** A folder inside the temporary output (not itself an output); register files in it with {@link #file}. */
    public Path folder(String relative) {
        Path p = tmp.resolve(relative);
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new OutputException(p + ": cannot create folder (" + e.getMessage() + ")", e);
        }
        return p;
    }

    public void writeJson(String relative, Object value) {
        CanonicalJson.write(file(relative), value);
    }

    /** Moves every output into place, then writes the manifest. Returns the manifest. */
    public StepManifest commit(Map<String, Object> parameters, Long seed, List<StepManifest.FileDigest> inputs) {
        List<StepManifest.FileDigest> outputs = new ArrayList<>();
        List<String> sorted = new ArrayList<>(written);
        sorted.sort(null);
        try {
            for (String rel : sorted) {
                Path src = tmp.resolve(rel);
                outputs.add(new StepManifest.FileDigest(rel, Sha256.of(src)));
                Path dst = out.resolve(rel);
                Files.createDirectories(dst.getParent());
                AtomicFiles.move(src, dst);
            }
        } catch (IOException e) {
            throw new OutputException(out + ": cannot move outputs into place (" + e.getMessage() + ")", e);
        }
        StepManifest manifest = new StepManifest(StepManifest.KIND, StepManifest.VERSION, stage,
                ToolVersion.get(), new java.util.TreeMap<>(parameters), seed, inputs, outputs);
        CanonicalJson.write(out.resolve(stage + ".manifest.json"), manifest);
        committed = true;
        AtomicFiles.deleteTree(tmp);
        return manifest;
    }

    public Path directory() {
        return out;
    }

    /** Removes the temporary folder; after a failure nothing of this run remains. */
    @Override
    public void close() {
        if (!committed) {
            AtomicFiles.deleteTree(tmp);
        }
    }
}
