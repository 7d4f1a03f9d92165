package org.protomodels.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.step.ParameterNames;

/** Goals that read LHC results (ingest, pipeline): where they come from. */
public abstract class AbstractSourcesMojo extends AbstractProtomodelMojo {
    /** SModelS text database folders. */
    @Parameter(property = ParameterNames.SMODELS_DB)
    List<File> smodelsDbs = List.of();

    /** Roots of the HEPData records (the catalogue's sources are relative to them). */
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

    /** Use the embedded (synthetic) toy database. */
    @Parameter(property = ParameterNames.TOY, defaultValue = "false")
    boolean toy;

    protected List<Path> smodelsPaths() {
        return smodelsDbs.stream().map(File::toPath).toList();
    }

    protected List<Path> hepdataPaths() {
        return hepdata.stream().map(File::toPath).toList();
    }

    protected static Path path(File f) {
        return f == null ? null : f.toPath();
    }
}
