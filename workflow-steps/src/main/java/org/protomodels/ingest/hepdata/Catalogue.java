package org.protomodels.ingest.hepdata;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.protomodels.io.SchemaValidator;
import org.protomodels.io.Yaml;
import org.protomodels.step.InvalidInputException;

/**
 * The curation catalogue ({@code database/catalogue.yaml}, schema {@code docs/schemas/1.0.0/catalogue.json}): which
 * HEPData records enter the database and how their tables map onto the canonical records. Energies in TeV,
 * luminosity in fb^-1. Table references are a {@code data_file} name (preferred: descriptions and names in real
 * records are often copy-pasted) or a table name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "origin", allowGetters = false)
public record Catalogue(String kind, String version, List<Entry> analyses, String origin) {
    public static final String KIND = "catalogue";
    public static final String VERSION = "1.0.0";

    /** {@code origin}: how messages name the catalogue file (never serialised); "catalogue" when unknown. */
    public Catalogue {
        analyses = analyses == null ? List.of() : List.copyOf(analyses);
        origin = origin == null ? "catalogue" : origin;
    }

    @JsonCreator
    static Catalogue fromJson(@JsonProperty("kind") String kind, @JsonProperty("version") String version,
                              @JsonProperty("analyses") List<Entry> analyses) {
        return new Catalogue(kind, version, analyses, null);
    }

    /** Reads, validates against the schema, binds, then checks ids are unique. */
    public static Catalogue read(Path file) {
        JsonNode doc = Yaml.readTree(file);
        if (!KIND.equals(doc.path("kind").asText())) {
            // another project file (a database, say) would pass its own schema: name the mix-up
            throw new InvalidInputException(file.toString(), "/kind", "not a catalogue (kind '"
                    + doc.path("kind").asText() + "', expected '" + KIND + "')");
        }
        SchemaValidator.own().validateOwn(doc, file.toString());
        Catalogue bound = org.protomodels.io.Json.treeToValue(doc, Catalogue.class, file.toString());
        Catalogue c = new Catalogue(bound.kind(), bound.version(), bound.analyses(), file.toString());
        var ids = new HashSet<String>();
        for (int i = 0; i < c.analyses.size(); i++) {
            if (!ids.add(c.analyses.get(i).id())) {
                throw new InvalidInputException(file.toString(), "/analyses/" + i + "/id", "analysis id '"
                        + c.analyses.get(i).id() + "' appears twice");
            }
        }
        return c;
    }

    /** One analysis: where its record is and how its tables map. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String id, String experiment, double sqrts, double luminosity, String comment, Source source,
                        Map<String, String> info, SignalRegions signalRegions, Covariance covariance,
                        List<UpperLimitMap> upperLimitMaps, List<EfficiencyMap> efficiencyMaps,
                        List<Workspace> workspaces) {
        public Entry {
            info = info == null ? Map.of() : Map.copyOf(info);
            upperLimitMaps = upperLimitMaps == null ? List.of() : List.copyOf(upperLimitMaps);
            efficiencyMaps = efficiencyMaps == null ? List.of() : List.copyOf(efficiencyMaps);
            workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
        }

        /** An entry without full likelihoods. */
        public Entry(String id, String experiment, double sqrts, double luminosity, String comment, Source source,
                     Map<String, String> info, SignalRegions signalRegions, Covariance covariance,
                     List<UpperLimitMap> upperLimitMaps, List<EfficiencyMap> efficiencyMaps) {
            this(id, experiment, sqrts, luminosity, comment, source, info, signalRegions, covariance, upperLimitMaps,
                    efficiencyMaps, null);
        }
    }

    /**
     * A full likelihood (pyhf JSON workspace) shipped with the record: its file inside the record folder and which
     * of its channels are which signal region ({@code smodels}: the dataset id; control regions have none).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Workspace(String file, List<WorkspaceRegion> regions) {
        public Workspace {
            if (file == null || file.isBlank() || file.contains("/") || file.contains("\\")) {
                throw new IllegalArgumentException("file: a file name inside the record folder, got '" + file + "'");
            }
            regions = List.copyOf(regions);
        }
    }

    /** One channel of a workspace: its SModelS dataset id (null for control regions), pyhf channel, type SR/CR/VR. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WorkspaceRegion(String smodels, String pyhf, String type) {
    }

    /** A record folder/archive relative to the data root, or an INSPIRE id (fetched into the cache). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String record, Long inspire) {
        public Source {
            if ((record == null) == (inspire == null)) {
                throw new IllegalArgumentException("source: give exactly one of record or inspire");
            }
        }

        @Override
        public String toString() {
            return record != null ? record : "ins" + inspire;
        }
    }

    /**
     * Signal-region counts: one row per region, numbered by the integer independent variable {@code index};
     * dataset ids are {@code idPrefix + number}. {@code backgroundError}: {@code max} (default) or {@code mean} of
     * the two sides of an asymmetric error; several errors of one value add in quadrature.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SignalRegions(String table, String index, String idPrefix, String label, String observed,
                                String background, String backgroundError) {
        public SignalRegions {
            idPrefix = idPrefix == null ? "SR" : idPrefix;
            backgroundError = backgroundError == null ? "max" : backgroundError;
        }
    }

    /**
     * Background covariance (or correlation, scaled by the regions' background errors). {@code flattened}: one row
     * per (row, column) pair of bin numbers with the entry in dependent variable {@code value}; {@code matrix}: rows
     * numbered by {@code row}, one dependent variable per column in region order.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Covariance(String table, String layout, String kind, String value, String row, String column) {
        public Covariance {
            kind = kind == null ? "covariance" : kind;
        }
    }

    /** Maps an independent variable onto a mass coordinate ({@code branch}, {@code vertex}) of the topology. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String variable, Integer branch, Integer vertex, String unit) {
    }

    /** An upper-limit map (observed table, optional expected table), values converted to fb. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpperLimitMap(String txName, String table, String expectedTable, String value, String unit,
                                String constraint, String comment, List<Axis> axes) {
        public UpperLimitMap {
            axes = List.copyOf(axes);
        }
    }

    /** An efficiency map of one signal region (dimensionless values). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EfficiencyMap(String txName, String table, String signalRegion, String value, String constraint,
                                String comment, List<Axis> axes) {
        public EfficiencyMap {
            axes = List.copyOf(axes);
        }
    }
}
