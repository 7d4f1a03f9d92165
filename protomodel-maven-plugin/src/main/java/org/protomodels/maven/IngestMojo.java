package org.protomodels.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestResult;
import org.protomodels.ingest.IngestStage;
import org.protomodels.step.ParameterNames;

/** Ingest: SModelS text databases and HEPData records into one canonical database.json. */
@Mojo(name = "ingest", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = false)
public class IngestMojo extends AbstractProtomodelMojo {
    /** SModelS text database folders. */
    @Parameter(property = ParameterNames.SMODELS_DB)
    List<File> smodelsDbs = List.of();

    /** HEPData records (folders, YAML files, archives) or a root the catalogue's sources are relative to. */
    @Parameter(property = ParameterNames.HEPDATA)
    List<File> hepdata = List.of();

    /** Catalogue (catalogue.yaml) mapping HEPData tables onto analyses. */
    @Parameter(property = ParameterNames.CATALOGUE)
    File catalogue;

    /** Folder of reference cross-section tables. */
    @Parameter(property = ParameterNames.XSEC)
    File xsec;

    /** Folder of combination matrices (ATLAS13.yaml, ...). */
    @Parameter(property = "protomodel.combinations")
    File combinations;

    /** The official HEPData JSON schemas (one folder per version); optional. */
    @Parameter(property = "protomodel.hepdataSchemas")
    File hepdataSchemas;

    /** Use the embedded toy database. */
    @Parameter(property = ParameterNames.TOY, defaultValue = "false")
    boolean toy;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:ingest skipped");
            return;
        }
        IngestResult r = run(() -> new IngestStage(sink()).run(new IngestInputs(
                smodelsDbs.stream().map(File::toPath).toList(), hepdata.stream().map(File::toPath).toList(),
                path(catalogue), path(xsec), path(combinations), path(hepdataSchemas), toy, out.toPath())));
        getLog().info("database: " + r.databaseFile());
    }

    private static Path path(File f) {
        return f == null ? null : f.toPath();
    }
}
