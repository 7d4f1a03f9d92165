package org.protomodels.ingest.hepdata;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One entry of a variable's {@code values}: a number ({@code number}) or a text ({@code text}, e.g. a category
 * label), optionally a bin ({@code low}, {@code high}), and the uncertainties of dependent variables.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Value(Double number, String text, Double low, Double high, List<Uncertainty> errors) {
    public Value {
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("value: low and high must be given together");
        }
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean isNumeric() {
        return number != null;
    }

    /** The number, or the bin centre when only a bin is given; NaN for text values. */
    public double asDouble() {
        if (number != null) {
            return number;
        }
        if (low != null && Double.isFinite(low) && Double.isFinite(high)) {
            return 0.5 * (low + high);
        }
        return Double.NaN;
    }
}
