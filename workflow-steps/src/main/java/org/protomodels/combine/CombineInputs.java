package org.protomodels.combine;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the combine stage needs: the database, the profile (name or file) with its overrides, the output folder,
 * and optionally a protomodel to score (file and index, as for {@code protomodel score}; e.g. a walk's
 * hiscores.json) with the folder pyhf workspace paths are relative to.
 */
public record CombineInputs(Path database, String profile, Map<String, String> overrides, Path protomodel,
                            int protomodelIndex, Path workspaces, Path out) {
    /** The combinability matrix only. */
    public CombineInputs(Path database, String profile, Map<String, String> overrides, Path out) {
        this(database, profile, overrides, null, 0, null, out);
    }

    public CombineInputs {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(out, "out");
        profile = profile == null ? "v2" : profile;
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }
}
