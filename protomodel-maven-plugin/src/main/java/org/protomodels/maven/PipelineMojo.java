package org.protomodels.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.pipeline.Pipeline;
import org.protomodels.pipeline.PipelineInputs;
import org.protomodels.step.ParameterNames;

/** Pipeline: every stage in order (one subfolder each), ending with the report. */
@Mojo(name = "pipeline", threadSafe = true, requiresProject = false)
public class PipelineMojo extends AbstractProtomodelMojo {
    /** Use the embedded (synthetic) toy database. */
    @Parameter(property = ParameterNames.TOY, defaultValue = "false")
    boolean toy;

    /** SModelS text database folders. */
    @Parameter(property = ParameterNames.SMODELS_DB)
    List<File> smodelsDbs = List.of();

    /** Roots of the HEPData records. */
    @Parameter(property = ParameterNames.HEPDATA)
    List<File> hepdata = List.of();

    /** Catalogue of the HEPData records. */
    @Parameter(property = ParameterNames.CATALOGUE)
    File catalogue;

    /** Reference cross-section tables. */
    @Parameter(property = ParameterNames.XSEC)
    File xsec;

    /** Combination matrices. */
    @Parameter(property = "protomodel.combinations")
    File combinations;

    /** The official HEPData JSON schemas (optional). */
    @Parameter(property = "protomodel.hepdataSchemas")
    File hepdataSchemas;

    /** Seed of every random stage. */
    @Parameter(property = ParameterNames.SEED, defaultValue = "1")
    long seed;

    /** Number of SM fake databases. */
    @Parameter(property = "protomodel.fakes", defaultValue = "20")
    int fakes;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:pipeline skipped");
            return;
        }
        var outputs = run(() -> new Pipeline(sink()).run(new PipelineInputs(
                smodelsDbs.stream().map(File::toPath).toList(), hepdata.stream().map(File::toPath).toList(),
                path(catalogue), path(xsec), path(combinations), path(hepdataSchemas), toy, seed, fakes, out.toPath())));
        // one line per output on stdout, as the CLI prints them (the quick start's last line names the report)
        outputs.forEach((k, v) -> System.out.println(k + ": " + project(v)));
    }

    private static Path path(File f) {
        return f == null ? null : f.toPath();
    }

    /** Paths relative to where Maven was started, when inside it (shorter, copy-pasteable). */
    private Path project(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
