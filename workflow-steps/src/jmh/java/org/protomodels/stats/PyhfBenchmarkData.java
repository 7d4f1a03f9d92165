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

    /** "RegionA" (ATLAS-SUSY-2018-31 RegionA + sbottom_1300_205_60) or "simple2bin" (pyhf docs 2-bin workspace). */
    static Workspace workspace(String name) {
        if (name.equals("simple2bin")) {
            return WorkspaceReader.of(PyhfSchemas.fromFolder(shared().resolve("schemas/pyhf")))
                    .read(shared().resolve("data/pyhf/pyhf-validation/docs_examples_json_2-bin_1-channel.json"));
        }
        return regionAWorkspace("sbottom_1300_205_60");
    }

    static Model model(String name) {
        return Model.of(workspace(name), name);
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
