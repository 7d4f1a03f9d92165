package org.protomodels.ingest.hepdata;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One table of a HEPData record. {@code dataFile} is the file name in the record ({@code null} for tables inline in a
 * single-file submission). Tables with a custom {@code dataSchema} (pyhf workspaces) are kept by reference only:
 * no variables, and the {@code sha256} of the data file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Table(String name, String dataFile, String description, Map<String, List<String>> keywords,
                    List<Variable> independentVariables, List<Variable> dependentVariables, String dataSchema,
                    String sha256) {
    public Table {
        java.util.Objects.requireNonNull(name, "name");
        keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
        independentVariables = independentVariables == null ? List.of() : List.copyOf(independentVariables);
        dependentVariables = dependentVariables == null ? List.of() : List.copyOf(dependentVariables);
    }

    /** True for tables stored by reference (custom data schema such as a pyhf workspace). */
    public boolean isReference() {
        return dataSchema != null;
    }

    /** Number of rows (0 for reference tables). */
    public int rows() {
        if (!independentVariables.isEmpty()) {
            return independentVariables.get(0).size();
        }
        return dependentVariables.isEmpty() ? 0 : dependentVariables.get(0).size();
    }

    public Variable independent(String header) {
        return find(independentVariables, header);
    }

    public Variable dependent(String header) {
        return find(dependentVariables, header);
    }

    private static Variable find(List<Variable> vars, String header) {
        String h = header.trim();
        for (Variable v : vars) {
            if (v.name().equals(h)) {
                return v;
            }
        }
        return null;
    }
}
