package org.protomodels.pvalues;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.TxName;

/**
 * A named subset of analyses for the meta-statistics, by one documented rule:
 * <ul>
 *   <li>{@code REGEX} or {@code id:REGEX}: the analysis id matches the regular expression (whole id);</li>
 *   <li>{@code tx:REGEX}: at least one txName (topology) of the analysis matches, e.g. the electroweakino and
 *       slepton searches {@code tx:(TChi|TSlep|TSmu|TSel|TStau).*}.</li>
 * </ul>
 */
public record AnalysisSubset(String name, String rule, Predicate<Analysis> test) {
    public static AnalysisSubset parse(String name, String rule) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a subset needs a name");
        }
        try {
            if (rule.startsWith("tx:")) {
                Pattern p = Pattern.compile(rule.substring(3));
                return new AnalysisSubset(name, rule, a -> {
                    for (DataSet d : a.datasets()) {
                        for (TxName t : d.txNames()) {
                            if (p.matcher(t.name()).matches()) {
                                return true;
                            }
                        }
                    }
                    return false;
                });
            }
            Pattern p = Pattern.compile(rule.startsWith("id:") ? rule.substring(3) : rule);
            return new AnalysisSubset(name, rule, a -> p.matcher(a.id()).matches());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regular expression: " + e.getDescription());
        }
    }
}
