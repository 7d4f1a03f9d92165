package org.protomodels.pvalues;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the pvalues stage reads: the database (or a fake of it), named subsets of analyses (id regular
 * expressions, e.g. {@code ewk: ".*-(EWK|ewk).*"}), a factor for every background uncertainty, and optionally a
 * protomodel (file and index) whose predicted yields give the signal hypothesis.
 */
public record PValuesInputs(Path database, Map<String, String> subsets, double errorScale, Path protomodel,
                            int protomodelIndex, Path out) {
    /** The SM hypothesis only. */
    public PValuesInputs(Path database, Map<String, String> subsets, double errorScale, Path out) {
        this(database, subsets, errorScale, null, 0, out);
    }

    public PValuesInputs {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(out, "out");
        subsets = new java.util.TreeMap<>(subsets);
        subsets.forEach((k, v) -> {
            try {
                java.util.regex.Pattern.compile(v);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new org.protomodels.step.UsageException("pvalues: subset '" + k + "': bad regular expression: " + e.getDescription());
            }
        });
        if (!(errorScale > 0) || !Double.isFinite(errorScale)) {
            throw new org.protomodels.step.UsageException("pvalues: --error-scale must be > 0, got " + errorScale);
        }
    }
}
