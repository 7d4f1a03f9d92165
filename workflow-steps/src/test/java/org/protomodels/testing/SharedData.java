package org.protomodels.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Access to the real public data in {@code ../shared} (system property {@code protomodels.shared}).
 * When absent, tests are skipped with a visible message; with {@code -Dprotomodels.shared.required=true}
 * (as .ci/run sets it) absence is a failure.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder, or a skip (or failure when required) if it or {@code relative} is missing. */
    public static Path require(String relative) {
        String prop = System.getProperty("protomodels.shared", "../../shared");
        Path root = Path.of(prop).toAbsolutePath().normalize();
        Path p = root.resolve(relative);
        if (!Files.exists(p)) {
            String msg = "SKIPPED: real data " + relative + " not found under " + root
                    + " (set -Dprotomodels.shared=DIR; .ci/run requires it)";
            if (Boolean.getBoolean("protomodels.shared.required")) {
                fail(msg.replace("SKIPPED", "MISSING"));
            }
            System.err.println(msg);
            Assumptions.abort(msg);
        }
        return p;
    }

    /** The shared root itself. */
    public static Path root() {
        return require(".");
    }
}
