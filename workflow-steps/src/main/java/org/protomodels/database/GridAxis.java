package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One coordinate of a map's data points. For the bracket notation (SModelS <= 2) a coordinate is the mass
 * (or width) of the particle at {@code vertex} of {@code branch}; for the graph notation (SModelS 3) it is the
 * property of graph node {@code node} as the txName's dataMap says; for HEPData maps it is an independent
 * variable named {@code label}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GridAxis(String label, String property, String unit, Integer branch, Integer vertex, Integer node) {
    public GridAxis {
        Checks.requireText(label, "label");
        Checks.requireText(property, "property");
        if (!property.equals("mass") && !property.equals("width") && !property.equals("variable")) {
            throw new IllegalArgumentException("property: must be mass, width or variable, got '" + property + "'");
        }
    }
}
