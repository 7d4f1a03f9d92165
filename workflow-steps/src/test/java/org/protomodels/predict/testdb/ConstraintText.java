package org.protomodels.predict.testdb;

import java.util.ArrayList;
import java.util.List;
import org.protomodels.database.Constraint;
import org.protomodels.predict.model.PythonLiteral;

/**
 * Test-only parser of v2 bracket constraints: a sum of terms, each optionally {@code c*}, the whole optionally
 * {@code c*( ... )}; unquoted labels are quoted. Returns null for anything fancier (the ingest reader handles all).
 */
public final class ConstraintText {
    private ConstraintText() {
    }

    public static Constraint parse(String raw) {
        String s = raw.replace(" ", "").replace("''", "'");
        double outer = 1;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([0-9.]+)\\*\\((.*)\\)$").matcher(s);
        if (m.matches()) {
            outer = Double.parseDouble(m.group(1));
            s = m.group(2);
        }
        List<Constraint.Term> terms = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '+';
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '+' && depth == 0) {
                Constraint.Term t = term(s.substring(start, i), outer);
                if (t == null) {
                    return null;
                }
                terms.add(t);
                start = i + 1;
            }
        }
        return new Constraint("bracket", raw, terms);
    }

    @SuppressWarnings("unchecked")
    private static Constraint.Term term(String t, double outer) {
        double coef = outer;
        int star = t.indexOf("*[");
        if (star > 0) {
            try {
                coef *= Double.parseDouble(t.substring(0, star));
            } catch (NumberFormatException e) {
                return null;
            }
            t = t.substring(star + 1);
        }
        if (!t.startsWith("[") || !t.endsWith("]")) {
            return null;
        }
        String quoted = t.replaceAll("(?<=[\\[,])([A-Za-z*][A-Za-z0-9+\\-*]*)(?=[\\],])", "'$1'");
        try {
            Object o = PythonLiteral.parse(quoted, "constraint");
            List<List<List<String>>> branches = (List<List<List<String>>>) o;
            if (branches.size() != 2) {
                return null;
            }
            return new Constraint.Term(coef, branches, null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
