package org.protomodels.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.fakes.FakeSettings;
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

    /** Folder the database's pyhf workspace paths are relative to (optional). */
    @Parameter(property = "protomodel.workspaces")
    File workspaces;

    /** A protomodel whose predicted signal is injected (optional). */
    @Parameter(property = "protomodel.inject")
    File inject;

    /** Which model of a hiscore list. */
    @Parameter(property = "protomodel.index", defaultValue = "0")
    int index;

    /** Upper-limit map points within this distance (GeV) of the signal's masses are raised. */
    @Parameter(property = "protomodel.maxMassDistance", defaultValue = "400")
    double maxMassDistance;

    /** No background fluctuation (technical closure test). */
    @Parameter(property = "protomodel.fixedBackgrounds", defaultValue = "false")
    boolean fixedBackgrounds;

    /** Expected signal yields instead of Poisson draws. */
    @Parameter(property = "protomodel.fixedSignals", defaultValue = "false")
    boolean fixedSignals;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:fakes skipped");
            return;
        }
        FakeSettings settings;
        try {
            settings = new FakeSettings(fudge, fixedBackgrounds, fixedSignals, maxMassDistance);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("fakes: " + e.getMessage(), e);
        }
        var r = run(() -> new FakesStage(sink()).run(new FakesInputs(database.toPath(), count, seed, settings,
                workspaces == null ? null : workspaces.toPath(), inject == null ? null : inject.toPath(), index,
                out.toPath())));
        getLog().info("fakes: " + r.index());
    }
}
