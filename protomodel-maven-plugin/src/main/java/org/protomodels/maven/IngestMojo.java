package org.protomodels.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestResult;
import org.protomodels.ingest.IngestStage;

/** Ingest: SModelS text databases and HEPData records into one canonical database.json. */
@Mojo(name = "ingest", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = false)
public class IngestMojo extends AbstractSourcesMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protomodel:ingest skipped");
            return;
        }
        IngestResult r = run(() -> new IngestStage(sink()).run(new IngestInputs(smodelsPaths(), hepdataPaths(),
                path(catalogue), path(xsec), path(combinations), path(hepdataSchemas), toy, out.toPath())));
        getLog().info("database: " + r.databaseFile());
    }
}
