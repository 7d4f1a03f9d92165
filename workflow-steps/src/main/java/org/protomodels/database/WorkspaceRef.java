package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A pyhf JSON workspace an analysis references (SModelS {@code jsonFiles}), stored by reference: path relative
 * to the database root, its sha256, and the regions it models.
 */
public record WorkspaceRef(String path, String sha256, List<Region> regions) {
    public WorkspaceRef {
        Checks.requireText(path, "path");
        Checks.requireText(sha256, "sha256");
        regions = Checks.copy(regions, "regions");
    }

    /** A region of the workspace: its SModelS dataset id (null for control regions), pyhf channel name, type SR/CR/VR. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(String smodels, String pyhf, String type) {
        public Region {
            Checks.requireText(pyhf, "pyhf");
            if (!"SR".equals(type) && !"CR".equals(type) && !"VR".equals(type)) {
                throw new IllegalArgumentException("type: must be SR, CR or VR, got '" + type + "'");
            }
        }
    }
}
