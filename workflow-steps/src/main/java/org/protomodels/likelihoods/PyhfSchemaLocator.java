package org.protomodels.likelihoods;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.protomodels.stats.spec.PyhfSchemas;
import org.protomodels.step.InputMissingException;

/**
 * Where the official pyhf schemas are: an explicit folder, else the system property
 * {@code protomodels.pyhf.schemas}, the environment variable {@code PROTOMODELS_PYHF_SCHEMAS}, or
 * {@code <protomodels.shared>/schemas/pyhf} (as the HEPData reader looks them up). They are not shipped with the
 * tool; without them workspaces are read against a structural stand-in (types and required fields only, so that
 * every semantic check of the reader still runs on well-formed trees).
 */
public final class PyhfSchemaLocator {
    private static final String[] STRUCTURAL = {"workspace.json", "model.json", "jsonpatch.json", "patchset.json"};
    private static Path structuralFolder;

    private PyhfSchemaLocator() {
    }

    /** The schemas found, and whether they are the official ones. */
    public record Located(PyhfSchemas schemas, Path folder, boolean official) {
        /** One line for logs and outputs. */
        public String describe() {
            return official ? "official pyhf schemas" : "structural checks only (official pyhf schemas not found)";
        }
    }

    /** {@code explicit} (must exist) or the default lookup; the structural stand-in when nothing is found. */
    public static Located locate(Path explicit) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit.resolve(PyhfSchemas.VERSION).resolve("workspace.json"))) {
                throw new InputMissingException("--pyhf-schemas " + explicit + ": no " + PyhfSchemas.VERSION
                        + "/workspace.json in that folder");
            }
            return new Located(PyhfSchemas.fromFolder(explicit), explicit, true);
        }
        Path found = lookup();
        if (found != null) {
            return new Located(PyhfSchemas.fromFolder(found), found, true);
        }
        return new Located(PyhfSchemas.fromFolder(structural()), null, false);
    }

    private static Path lookup() {
        String p = System.getProperty("protomodels.pyhf.schemas");
        if (p == null || p.isBlank()) {
            p = System.getenv("PROTOMODELS_PYHF_SCHEMAS");
        }
        if (p == null || p.isBlank()) {
            String shared = System.getProperty("protomodels.shared");
            p = shared == null || shared.isBlank() ? null : Path.of(shared).resolve("schemas/pyhf").toString();
        }
        if (p == null) {
            return null;
        }
        Path dir = Path.of(p);
        return Files.isRegularFile(dir.resolve(PyhfSchemas.VERSION).resolve("workspace.json")) ? dir : null;
    }

    /** The structural stand-in, copied once per process from the jar into a temporary folder. */
    static synchronized Path structural() {
        if (structuralFolder != null) {
            return structuralFolder;
        }
        try {
            Path dir = Files.createTempDirectory("protomodels-pyhf-structural");
            dir.toFile().deleteOnExit(); // deleted in reverse order of registration: files, then folders
            Path v = Files.createDirectories(dir.resolve(PyhfSchemas.VERSION));
            v.toFile().deleteOnExit();
            for (String name : STRUCTURAL) {
                try (InputStream in = PyhfSchemaLocator.class.getResourceAsStream(
                        "pyhf-structural/" + PyhfSchemas.VERSION + "/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("structural pyhf schema " + name + " missing from the jar");
                    }
                    Files.copy(in, v.resolve(name));
                }
                v.resolve(name).toFile().deleteOnExit();
            }
            structuralFolder = dir;
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the structural pyhf schemas: " + e.getMessage(), e);
        }
    }
}
