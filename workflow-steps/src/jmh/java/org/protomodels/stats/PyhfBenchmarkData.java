package org.protomodels.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import org.protomodels.stats.model.Model;
import org.protomodels.stats.spec.PyhfSchemas;
import org.protomodels.stats.spec.Workspace;
import org.protomodels.stats.spec.WorkspaceReader;

/** Loads the benchmark workspaces from the shared data folder (system property protomodels.shared, default ../shared). */
final class PyhfBenchmarkData {
    private PyhfBenchmarkData() {
    }

    static Path shared() {
        Path p = Path.of(System.getProperty("protomodels.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("data/pyhf"))) {
            throw new IllegalStateException("shared data not found at " + p + " (run from the repository root or set -Dprotomodels.shared)");
        }
        return p;
    }

    /** ATLAS-SUSY-2018-31 RegionA background-only workspace with a signal patch, pyhf default settings. */
    static Model regionA(String patch) {
        Workspace ws = regionAWorkspace(patch);
        return Model.of(ws, "RegionA " + patch);
    }

    static Workspace regionAWorkspace(String patch) {
        Path dir = shared().resolve("data/pyhf/ATLAS-SUSY-2018-31/RegionA");
        return WorkspaceReader.of(PyhfSchemas.fromFolder(shared().resolve("schemas/pyhf")))
                .read(dir.resolve("BkgOnly.json"), dir.resolve("patch." + patch + ".json"));
    }
}
