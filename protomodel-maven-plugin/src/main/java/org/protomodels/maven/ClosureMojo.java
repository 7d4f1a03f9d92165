package org.protomodels.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.closure.ClosureInputs;
import org.protomodels.closure.ClosureStage;
import org.protomodels.step.ParameterNames;

/**
 * Closure: inject a protomodel into SM fakes, walk every fake, and fail the build when fewer walkers than
 * {@code minRecovery} find the injected particles at their masses (closure.json holds every walker's outcome).
 */
@Mojo(name = "closure", threadSafe = true, requiresProject = false)
public class ClosureMojo extends AbstractProtomodelMojo {
    /** database.json written by protomodel:ingest (with inject); leave empty with toy. */
    @Parameter(property = ParameterNames.DATABASE)
    File database;

    /** Protomodel to inject (project JSON, a walk's hiscores.json or a hiscore dictionary). */
    @Parameter(property = "protomodel.inject")
    File inject;

    /** Which model of a list (0 = the first). */
    @Parameter(property = "protomodel.index", defaultValue = "0")
    int index;

    /** Use the embedded toy database and its planted protomodel. */
    @Parameter(property = "protomodel.toy", defaultValue = "false")
    boolean toy;

    /** Signal-injected fakes. */
    @Parameter(property = "protomodel.fakes", defaultValue = "2")
    int fakes;

    /** Walkers per fake. */
    @Parameter(property = "protomodel.walkers", defaultValue = "5")
    int walkers;

    /** Steps per walker. */
    @Parameter(property = "protomodel.steps", defaultValue = "300")
    int steps;

    /** Seed. */
    @Parameter(property = ParameterNames.SEED, defaultValue = "1")
    long seed;

    /** paper2020, v2, efficient (ours: v2 scoring, a faster walk) or a profile YAML file. */
    @Parameter(property = "protomodel.profile", defaultValue = "v2")
    String profile;

    /** Relative mass tolerance for "found". */
    @Parameter(property = "protomodel.massTolerance", defaultValue = "0.15")
    double massTolerance;

    /** Required fraction of walkers that find the injected particles. */
    @Parameter(property = "protomodel.minRecovery", defaultValue = "0.9")
    double minRecovery;

    /** Worker threads of the walks (never changes the result). */
    @Parameter(property = "protomodel.threads", defaultValue = "1")
    int threads;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:closure skipped");
            return;
        }
        var r = run(() -> new ClosureStage(sink()).run(new ClosureInputs(database == null ? null : database.toPath(),
                inject == null ? null : inject.toPath(), index, toy, fakes, walkers, steps, seed, profile, massTolerance,
                minRecovery, threads, out.toPath())));
        String line = String.format(java.util.Locale.ROOT, "recovery: %d of %d walkers = %.3f (minimum %.3f)", r.recovered(),
                r.outcomes().size(), r.rate(), minRecovery);
        getLog().info("closure: " + r.file());
        if (!r.pass()) {
            throw new MojoFailureException(line + ": below the minimum (see " + r.file() + ")");
        }
        getLog().info(line + ": pass");
    }
}
