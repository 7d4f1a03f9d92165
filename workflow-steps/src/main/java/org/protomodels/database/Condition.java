package org.protomodels.database;

import java.util.List;

/**
 * A txName condition such as {@code Cgtr([[['mu+']],[['mu-']]],[[['e+']],[['e-']]])}: a function ({@code Csim} or
 * {@code Cgtr}, case-insensitive in the files) over constraint expressions, kept raw and parsed.
 */
public record Condition(String raw, String function, List<Constraint> arguments) {
    public Condition {
        Checks.requireText(raw, "raw");
        Checks.requireText(function, "function");
        arguments = Checks.copy(arguments, "arguments");
    }
}
