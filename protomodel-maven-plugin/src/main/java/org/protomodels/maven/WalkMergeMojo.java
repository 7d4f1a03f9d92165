package org.protomodels.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.walk.WalkMerge;
import org.protomodels.walk.WalkMergeInputs;

/** Walk-merge: joins partial walks (protomodel:walk with walkerRange) into the folder of one full run, byte for byte. */
@Mojo(name = "walk-merge", threadSafe = true, requiresProject = false)
public class WalkMergeMojo extends AbstractProtomodelMojo {
    /** The output folders of the parts (any order). */
    @Parameter(property = "protomodel.parts", required = true)
    List<File> parts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:walk-merge skipped");
            return;
        }
        var r = run(() -> new WalkMerge(sink()).run(new WalkMergeInputs(parts.stream().map(File::toPath).toList(),
                out.toPath())));
        getLog().info("hiscores: " + r.hiscores());
        getLog().info("history: " + r.history());
    }
}
