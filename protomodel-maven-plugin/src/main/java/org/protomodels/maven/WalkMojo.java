package org.protomodels.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.combine.Profile;
import org.protomodels.step.ParameterNames;
import org.protomodels.walk.FakeWalks;
import org.protomodels.walk.ScorerEvaluator;
import org.protomodels.walk.WalkInputs;
import org.protomodels.walk.WalkSettings;
import org.protomodels.walk.WalkStage;
import org.protomodels.walk.WalkerRange;

/** Walk: random walks over protomodels maximising K; hiscores.json, history.jsonl and per-walker checkpoints. */
@Mojo(name = "walk", threadSafe = true, requiresProject = false)
public class WalkMojo extends AbstractProtomodelMojo {
    /** database.json written by protomodel:ingest (or give {@code fakes}). */
    @Parameter(property = ParameterNames.DATABASE)
    File database;

    /** fakes.json written by protomodel:fakes: walk every fake in one process, each into out/fake-NNNN/. */
    @Parameter(property = "protomodel.fakes")
    File fakes;

    /** With {@code fakes}: FROM:TO, only the fakes with index FROM..TO-1; empty: all. */
    @Parameter(property = "protomodel.fakeRange")
    String fakeRange;

    /** Folder the database's pyhf workspace paths are relative to (none: those analyses enter region by region). */
    @Parameter(property = "protomodel.workspaces")
    File workspaces;

    /** Number of walkers. */
    @Parameter(property = "protomodel.walkers", defaultValue = "10")
    int walkers;

    /** Steps per walker. */
    @Parameter(property = "protomodel.steps", defaultValue = "1000")
    int steps;

    /** Seed; walker i draws from jump i of the seed's stream. */
    @Parameter(property = ParameterNames.SEED, defaultValue = "1")
    long seed;

    /** Worker threads; never changes the result. */
    @Parameter(property = ParameterNames.THREADS, defaultValue = "1")
    int threads;

    /** paper2020, v2, efficient (ours: v2 scoring, a faster walk) or a profile YAML file. */
    @Parameter(property = "protomodel.profile", defaultValue = "v2")
    String profile;

    /** Continue from the checkpoints in the output folder. */
    @Parameter(property = ParameterNames.RESUME, defaultValue = "false")
    boolean resume;

    /** FROM:TO: run only walkers FROM..TO-1 of the run (a part, joined by protomodel:walk-merge); empty: all. */
    @Parameter(property = "protomodel.walkerRange")
    String walkerRange;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:walk skipped");
            return;
        }
        if ((database == null) == (fakes == null)) {
            throw new MojoFailureException("protomodel:walk: give either database or fakes");
        }
        if (fakes == null && fakeRange != null && !fakeRange.isBlank()) {
            throw new MojoFailureException("protomodel:walk: fakeRange needs fakes");
        }
        List<String> summary = run(() -> {
            Path ws = workspaces == null ? null : workspaces.toPath();
            Profile scoring = Profile.resolve(profile, Map.of());
            WalkInputs in = WalkInputs.of(database == null ? null : database.toPath(), WalkSettings.of(scoring),
                    walkers, steps, seed, threads, resume, out.toPath());
            if (walkerRange != null && !walkerRange.isBlank()) {
                in = in.withWalkerRange(WalkerRange.parse(walkerRange));
            }
            if (fakes != null) {
                // FakeWalks refuses a walker range itself (the fakes are split by fakeRange instead)
                var r = new FakeWalks(sink(), scoring, ws).run(fakes.toPath(),
                        fakeRange == null || fakeRange.isBlank() ? null : FakeWalks.Range.parse(fakeRange), in);
                return List.of("walks: " + r.walks().size() + " fakes in " + out
                        + (r.alreadyComplete() > 0 ? " (" + r.alreadyComplete() + " already complete)" : ""));
            }
            var r = new WalkStage(sink(), ScorerEvaluator.source(scoring, ws)).run(in);
            return List.of("hiscores: " + r.hiscores(), "history: " + r.history());
        });
        summary.forEach(getLog()::info);
    }
}
