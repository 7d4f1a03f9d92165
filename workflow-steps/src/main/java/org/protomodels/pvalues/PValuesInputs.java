package org.protomodels.pvalues;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the pvalues stage reads: the database (or a fake of it; null when only the global p-value is wanted),
 * named subsets of analyses ({@link AnalysisSubset} rules, e.g. {@code ewk: "tx:(TChi|TSlep).*"}), a factor for
 * every background uncertainty, optionally a protomodel (file and index) whose predicted yields give the signal
 * hypothesis, and for the global p-value the walk outputs of the real data ({@code observedHiscores}) and of the
 * fakes ({@code fakeHiscores}): hiscores.json files or folders, see {@link BestK}.
 */
public record PValuesInputs(Path database, Map<String, String> subsets, double errorScale, Path protomodel,
                            int protomodelIndex, List<Path> observedHiscores, List<Path> fakeHiscores, Path out) {
    /** The SM hypothesis only. */
    public PValuesInputs(Path database, Map<String, String> subsets, double errorScale, Path out) {
        this(database, subsets, errorScale, null, 0, out);
    }

    /** Region p-values only. */
    public PValuesInputs(Path database, Map<String, String> subsets, double errorScale, Path protomodel,
                         int protomodelIndex, Path out) {
        this(database, subsets, errorScale, protomodel, protomodelIndex, List.of(), List.of(), out);
    }

    public PValuesInputs {
        Objects.requireNonNull(out, "out");
        observedHiscores = observedHiscores == null ? List.of() : List.copyOf(observedHiscores);
        fakeHiscores = fakeHiscores == null ? List.of() : List.copyOf(fakeHiscores);
        if (observedHiscores.isEmpty() != fakeHiscores.isEmpty()) {
            throw new org.protomodels.step.UsageException("pvalues: the global p-value needs both --observed-hiscores and --fake-hiscores");
        }
        if (database == null && observedHiscores.isEmpty()) {
            throw new org.protomodels.step.UsageException("pvalues: give --database, or --observed-hiscores with --fake-hiscores, or both");
        }
        if (database == null && protomodel != null) {
            throw new org.protomodels.step.UsageException("pvalues: --protomodel needs --database");
        }
        subsets = new java.util.TreeMap<>(subsets);
        subsets.forEach((k, v) -> {
            try {
                AnalysisSubset.parse(k, v);
            } catch (IllegalArgumentException e) {
                throw new org.protomodels.step.UsageException("pvalues: subset '" + k + "': " + e.getMessage());
            }
        });
        if (!(errorScale > 0) || !Double.isFinite(errorScale)) {
            throw new org.protomodels.step.UsageException("pvalues: --error-scale must be > 0, got " + errorScale);
        }
    }
}
