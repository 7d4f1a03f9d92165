package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One simplified model of a dataset with its maps. Upper-limit datasets carry {@code upperLimits} and usually
 * {@code expectedUpperLimits} (fb); efficiency-map datasets carry {@code efficiencyMap}.
 * {@code info} keeps the remaining header fields (source, figureUrl, axes, ...) as strings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TxName(String name, Constraint constraint, List<Condition> conditions, String conditionDescription,
                     List<String> finalState, String validated, Grid upperLimits, Grid expectedUpperLimits,
                     Grid efficiencyMap, Map<String, String> info) {
    public TxName {
        Checks.requireText(name, "name");
        conditions = conditions == null ? List.of() : Checks.copy(conditions, "conditions");
        finalState = finalState == null ? null : List.copyOf(finalState);
        info = info == null ? Map.of() : Map.copyOf(info);
        if (upperLimits == null && efficiencyMap == null) {
            throw new IllegalArgumentException("txName " + name + ": has neither upperLimits nor efficiencyMap");
        }
        if (expectedUpperLimits != null && upperLimits == null) {
            throw new IllegalArgumentException("txName " + name + ": expectedUpperLimits without upperLimits");
        }
    }
}
