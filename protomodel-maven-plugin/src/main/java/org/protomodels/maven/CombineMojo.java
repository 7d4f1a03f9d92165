package org.protomodels.maven;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.combine.CombineInputs;
import org.protomodels.combine.CombineStage;
import org.protomodels.step.ParameterNames;

/** Combine: which analyses of a database may be combined (combinability.json, with the rule for each pair). */
@Mojo(name = "combine", threadSafe = true, requiresProject = false)
public class CombineMojo extends AbstractProtomodelMojo {
    /** database.json written by protomodel:ingest. */
    @Parameter(property = ParameterNames.DATABASE, required = true)
    File database;

    /** paper2020, v2, efficient (ours: v2 scoring, a faster walk) or a profile YAML file. */
    @Parameter(property = "protomodel.profile", defaultValue = "v2")
    String profile;

    /** Profile overrides, e.g. {@code <profile.critics.fast.rThreshold>1.5</profile.critics.fast.rThreshold>}. */
    @Parameter
    Map<String, String> profileParameters = new LinkedHashMap<>();

    /** Optional protomodel to score into score.json (project JSON, a walk's hiscores.json, a hiscore dictionary). */
    @Parameter(property = "protomodel.protomodel")
    File protomodel;

    /** Which model of a list (0 = the best). */
    @Parameter(property = "protomodel.index", defaultValue = "0")
    int index;

    /** Folder the database's pyhf workspace paths are relative to. */
    @Parameter(property = "protomodel.workspaces")
    File workspaces;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:combine skipped");
            return;
        }
        var r = run(() -> new CombineStage(sink()).run(new CombineInputs(database.toPath(), profile, profileParameters,
                protomodel == null ? null : protomodel.toPath(), index, workspaces == null ? null : workspaces.toPath(),
                out.toPath())));
        getLog().info("combine: " + r.file());
    }
}
