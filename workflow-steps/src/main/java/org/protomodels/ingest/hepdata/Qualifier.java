package org.protomodels.ingest.hepdata;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A qualifier of a dependent variable ({@code SQRT(S)}, {@code LUMINOSITY}, {@code RE}, ...): value as written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Qualifier(String name, String value, String units) {
    public Qualifier {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(value, "value");
    }

    /** The value as a number, or NaN when it is not one (a range or a text). */
    public double number() {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
