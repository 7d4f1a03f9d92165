package org.protomodels.likelihoods;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the likelihoods stage needs: database.json, the folder the workspace paths of the database are relative
 * to (null: workspaces are not checked), the official pyhf schemas (null: looked up, else structural checks only)
 * and the output folder.
 */
public record LikelihoodsInputs(Path database, Path workspaces, Path pyhfSchemas, Path out) {
    public LikelihoodsInputs {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(out, "out");
    }
}
