package org.protomodels.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.likelihoods.LikelihoodsInputs;
import org.protomodels.likelihoods.LikelihoodsStage;
import org.protomodels.step.ParameterNames;

/** Likelihoods: the statistical model of every analysis, recomputed limits and workspace fits as checks. */
@Mojo(name = "likelihoods", threadSafe = true, requiresProject = false)
public class LikelihoodsMojo extends AbstractProtomodelMojo {
    /** database.json written by protomodel:ingest. */
    @Parameter(property = ParameterNames.DATABASE, required = true)
    File database;

    /** Folder the database's workspace paths are relative to; unset: workspaces are not checked. */
    @Parameter(property = "protomodel.workspaces")
    File workspaces;

    /** The official pyhf schemas (folder holding 1.0.0/); unset: looked up, else structural checks only. */
    @Parameter(property = "protomodel.pyhfSchemas")
    File pyhfSchemas;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:likelihoods skipped");
            return;
        }
        var r = run(() -> new LikelihoodsStage(sink()).run(new LikelihoodsInputs(database.toPath(),
                workspaces == null ? null : workspaces.toPath(), pyhfSchemas == null ? null : pyhfSchemas.toPath(),
                out.toPath())));
        getLog().info("likelihoods: " + r.file());
    }
}
