package org.protomodels.combine;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** What the combine stage needs: the database, the profile (name or file) with its overrides, the output folder. */
public record CombineInputs(Path database, String profile, Map<String, String> overrides, Path out) {
    public CombineInputs {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(out, "out");
        profile = profile == null ? "v2" : profile;
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }
}
