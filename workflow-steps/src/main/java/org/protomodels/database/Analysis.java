package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * One experimental result: an analysis id with its datasets. {@code sqrts} in TeV, {@code luminosity} in fb^-1.
 * {@code source} says where it was read from ({@code smodels:<relative path>} or {@code hepdata:<record>}).
 * {@code info} keeps the other globalInfo fields (prettyName, url, arxiv, ...) as strings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Analysis(String id, Experiment experiment, double sqrts, double luminosity, String source,
                       String supersededBy, boolean privateResult, List<String> combinableWith,
                       List<DataSet> datasets, CovarianceMatrix covariance, List<WorkspaceRef> workspaces,
                       Map<String, String> info) {
    public Analysis {
        Checks.requireText(id, "id");
        java.util.Objects.requireNonNull(experiment, "experiment");
        Checks.requirePositive(sqrts, "sqrts");
        Checks.requirePositive(luminosity, "luminosity");
        combinableWith = combinableWith == null ? List.of() : List.copyOf(combinableWith);
        datasets = Checks.copy(datasets, "datasets");
        workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
        info = info == null ? Map.of() : Map.copyOf(info);
        var ids = new HashSet<String>();
        for (DataSet d : datasets) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("analysis " + id + ": dataset " + d.id() + " appears twice");
            }
        }
        if (covariance != null) {
            for (String d : covariance.datasetOrder()) {
                if (!ids.contains(d)) {
                    throw new IllegalArgumentException("analysis " + id + ": datasetOrder names unknown dataset " + d);
                }
            }
        }
    }

    public DataSet dataset(String datasetId) {
        for (DataSet d : datasets) {
            if (d.id().equals(datasetId)) {
                return d;
            }
        }
        return null;
    }
}
