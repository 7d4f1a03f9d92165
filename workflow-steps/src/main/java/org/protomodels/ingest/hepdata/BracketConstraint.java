package org.protomodels.ingest.hepdata;

import java.util.ArrayList;
import java.util.List;
import org.protomodels.database.Constraint;

/**
 * A minimal reader of SModelS bracket constraints: a sum of terms {@code [c*]<branches>}, where {@code <branches>}
 * is {@code [[['b','b'],['photon']],[['b','b'],['Z']]]} (branches, vertices, SM labels). Anything else (brackets
 * around sums, functions) gives a constraint with the raw text and an empty term list: the raw string is kept
 * either way and stays the reference.
 */
public final class BracketConstraint {
    private final String s;
    private int pos;

    private BracketConstraint(String s) {
        this.s = s;
    }

    public static Constraint parse(String raw) {
        List<Constraint.Term> terms;
        try {
            terms = new BracketConstraint(raw).expression();
        } catch (IllegalArgumentException e) {
            terms = List.of();
        }
        return new Constraint("bracket", raw, terms);
    }

    private List<Constraint.Term> expression() {
        List<Constraint.Term> terms = new ArrayList<>();
        skip();
        terms.add(term());
        skip();
        while (pos < s.length() && s.charAt(pos) == '+') {
            pos++;
            skip();
            terms.add(term());
            skip();
        }
        if (pos != s.length()) {
            throw new IllegalArgumentException("unexpected '" + s.charAt(pos) + "' at " + pos);
        }
        return terms;
    }

    private Constraint.Term term() {
        double coefficient = 1.0;
        if (pos < s.length() && s.charAt(pos) != '[') {
            int star = s.indexOf('*', pos);
            if (star < 0) {
                throw new IllegalArgumentException("expected '[' or a coefficient at " + pos);
            }
            coefficient = Double.parseDouble(s.substring(pos, star).trim());
            pos = star + 1;
            skip();
        }
        List<List<List<String>>> branches = new ArrayList<>();
        expect('[');
        do {
            skip();
            List<List<String>> vertices = new ArrayList<>();
            expect('[');
            do {
                skip();
                vertices.add(labels());
                skip();
            } while (accept(','));
            expect(']');
            branches.add(vertices);
            skip();
        } while (accept(','));
        expect(']');
        return new Constraint.Term(coefficient, branches, null);
    }

    private List<String> labels() {
        List<String> out = new ArrayList<>();
        expect('[');
        skip();
        if (accept(']')) {
            return out;
        }
        do {
            skip();
            char q = s.charAt(pos);
            if (q != '\'' && q != '"') {
                throw new IllegalArgumentException("expected a quoted label at " + pos);
            }
            int end = s.indexOf(q, pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated label at " + pos);
            }
            out.add(s.substring(pos + 1, end));
            pos = end + 1;
            skip();
        } while (accept(','));
        expect(']');
        return out;
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private boolean accept(char c) {
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos);
        }
    }
}
