package org.protomodels.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.report.ReportInputs;
import org.protomodels.report.ReportStage;
import org.protomodels.step.ParameterNames;

/** Report: static index.html, summary.md, plots and the best protomodel's SLHA file from a results folder. */
@Mojo(name = "report", threadSafe = true, requiresProject = false)
public class ReportMojo extends AbstractProtomodelMojo {
    /** The folder with ingest/, pvalues/, fakes/, walk/ ... subfolders. */
    @Parameter(property = ParameterNames.PREFIX + "results", required = true)
    File results;

    /** The best protomodel (project JSON or hiscore dictionary list); default: rank 1 of the walk's hiscores. */
    @Parameter(property = ParameterNames.PREFIX + "protomodel")
    File protomodel;

    /** Which model of a hiscore list. */
    @Parameter(property = ParameterNames.PREFIX + "index", defaultValue = "0")
    int index;

    /** score.json of the best protomodel (combination, critics, likelihood curves). */
    @Parameter(property = ParameterNames.PREFIX + "score")
    File score;

    /** A walk output folder (hiscores.json, history.jsonl); default: results/walk if present. */
    @Parameter(property = ParameterNames.PREFIX + "walk")
    File walk;

    /** Digest of the container image the stages ran in. */
    @Parameter(property = ParameterNames.PREFIX + "imageDigest", defaultValue = "${env.PROTOMODEL_IMAGE_DIGEST}")
    String imageDigest;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:report skipped");
            return;
        }
        var r = run(() -> new ReportStage(sink()).run(new ReportInputs(results.toPath(), out.toPath(), path(protomodel), index,
                path(score), path(walk), imageDigest)));
        getLog().info("report: " + r.index());
    }

    private static java.nio.file.Path path(File f) {
        return f == null ? null : f.toPath();
    }
}
