package org.protomodels.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.fakes.FakesInputs;
import org.protomodels.fakes.FakesStage;
import org.protomodels.step.ParameterNames;

/** Fakes: Standard-Model-only fake databases sampled from the background models. */
@Mojo(name = "fakes", threadSafe = true, requiresProject = false)
public class FakesMojo extends AbstractProtomodelMojo {
    /** database.json written by protomodel:ingest. */
    @Parameter(property = ParameterNames.DATABASE, required = true)
    File database;

    /** Number of fake databases. */
    @Parameter(property = "protomodel.count", defaultValue = "10")
    int count;

    /** Seed; fake i draws from jump i of the seed's stream. */
    @Parameter(property = ParameterNames.SEED, defaultValue = "1")
    long seed;

    /** Scale factor of every background uncertainty. */
    @Parameter(property = "protomodel.fudge", defaultValue = "1.0")
    double fudge;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:fakes skipped");
            return;
        }
        var r = run(() -> new FakesStage(sink()).run(new FakesInputs(database.toPath(), count, seed, fudge, out.toPath())));
        getLog().info("fakes: " + r.index());
    }
}
