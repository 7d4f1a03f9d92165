package org.protomodels.maven;

import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.pvalues.PValuesInputs;
import org.protomodels.pvalues.PValuesStage;
import org.protomodels.step.ParameterNames;

/** P-values: every signal region under the SM and their distribution, with plots. */
@Mojo(name = "pvalues", threadSafe = true, requiresProject = false)
public class PValuesMojo extends AbstractProtomodelMojo {
    /** database.json (or a fake of it). */
    @Parameter(property = ParameterNames.DATABASE)
    File database;

    /** hiscores.json files or walk folders of the real-data runs (global p-value). */
    @Parameter
    java.util.List<File> observedHiscores = java.util.List.of();

    /** hiscores.json files, walk folders or a folder of walk folders of the fakes (global p-value). */
    @Parameter
    java.util.List<File> fakeHiscores = java.util.List.of();

    /** Named subsets of analyses: name -> regular expression on the analysis id. */
    @Parameter
    Map<String, String> subsets = Map.of();

    /** A protomodel (project JSON or hiscore dictionary): also the p-values under its predicted signal. */
    @Parameter(property = "protomodel.protomodel")
    File protomodel;

    /** Which model of a hiscore list. */
    @Parameter(property = "protomodel.index", defaultValue = "0")
    int index;

    /** Factor for every background uncertainty. */
    @Parameter(property = "protomodel.errorScale", defaultValue = "1.0")
    double errorScale;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:pvalues skipped");
            return;
        }
        var r = run(() -> new PValuesStage(sink()).run(new PValuesInputs(database == null ? null : database.toPath(),
                subsets, errorScale, protomodel == null ? null : protomodel.toPath(), index,
                observedHiscores.stream().map(File::toPath).toList(), fakeHiscores.stream().map(File::toPath).toList(),
                out.toPath())));
        getLog().info("pvalues: " + r.file());
        if (r.report().global() != null) {
            getLog().info("global p-value (KDE): " + r.report().global().kde() + " +- " + r.report().global().kdeError());
        }
    }
}
