package org.protomodels.ingest.hepdata;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A column of a table: header name (trimmed of the blanks real records carry), units, qualifiers and values. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Variable(String name, String units, List<Qualifier> qualifiers, List<Value> values) {
    public Variable {
        java.util.Objects.requireNonNull(name, "name");
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
        values = List.copyOf(values);
    }

    public int size() {
        return values.size();
    }

    /** The qualifier whose normalised name equals {@code normalisedName} (see {@link Units#normaliseName}). */
    public Qualifier qualifier(String normalisedName) {
        for (Qualifier q : qualifiers) {
            if (Units.normaliseName(q.name()).equals(normalisedName)) {
                return q;
            }
        }
        return null;
    }
}
