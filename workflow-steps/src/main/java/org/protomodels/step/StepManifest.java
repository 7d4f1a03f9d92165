package org.protomodels.step;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a stage ran with and what it wrote: written last into {@code <out>/<stage>.manifest.json}.
 * No timestamps, hostnames or absolute paths, so the same run gives the same bytes.
 */
public record StepManifest(String kind, String version, String stage, String toolVersion,
                           Map<String, Object> parameters, Long seed, List<FileDigest> inputs,
                           List<FileDigest> outputs) {
    public static final String KIND = "step-manifest";
    public static final String VERSION = "1.0.0";

    public StepManifest {
        Objects.requireNonNull(stage, "stage");
        parameters = Map.copyOf(parameters);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** A file as a path relative to its root (input folder or output folder) and its sha256. */
    public record FileDigest(String path, String sha256) {
        public FileDigest {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
