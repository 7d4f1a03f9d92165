package org.protomodels.maven;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.pipeline.Pipeline;
import org.protomodels.pipeline.PipelineInputs;
import org.protomodels.step.ParameterNames;

/** Pipeline: every stage in order (one subfolder each), ending with the report. */
@Mojo(name = "pipeline", threadSafe = true, requiresProject = false)
public class PipelineMojo extends AbstractSourcesMojo {
    /** Seed of every random stage. */
    @Parameter(property = ParameterNames.SEED, defaultValue = "1")
    long seed;

    /** Number of SM fake databases. */
    @Parameter(property = "protomodel.fakes", defaultValue = "20")
    int fakes;

    /** Walkers of the walk on the data (0 skips the walks). */
    @Parameter(property = "protomodel.walkers", defaultValue = "4")
    int walkers;

    /** Steps of every walker on the data. */
    @Parameter(property = "protomodel.steps", defaultValue = "200")
    int steps;

    /** Walkers on every fake (for the global p-value; 0 skips). */
    @Parameter(property = "protomodel.fakeWalkers", defaultValue = "2")
    int fakeWalkers;

    /** Steps of every walker on a fake. */
    @Parameter(property = "protomodel.fakeSteps", defaultValue = "100")
    int fakeSteps;

    /** paper2020, v2, efficient (ours: v2 scoring, a faster walk) or a profile YAML file. */
    @Parameter(property = "protomodel.profile", defaultValue = "v2")
    String profile;

    /** Worker threads of the walks (never changes the result). */
    @Parameter(property = "protomodel.threads", defaultValue = "1")
    int threads;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:pipeline skipped");
            return;
        }
        var outputs = run(() -> new Pipeline(sink()).run(new PipelineInputs(
                smodelsPaths(), hepdataPaths(), path(catalogue), path(xsec), path(combinations), path(hepdataSchemas), toy, seed, fakes, walkers, steps, fakeWalkers, fakeSteps, profile, threads,
                out.toPath())));
        // one line per output on stdout, as the CLI prints them (the quick start's last line names the report)
        outputs.forEach((k, v) -> System.out.println(k + ": " + project(v)));
    }

    /** Paths relative to where Maven was started, when inside it (shorter, copy-pasteable). */
    private Path project(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
