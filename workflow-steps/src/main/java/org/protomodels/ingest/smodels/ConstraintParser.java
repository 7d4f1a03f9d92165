package org.protomodels.ingest.smodels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protomodels.database.Condition;
import org.protomodels.database.Constraint;

/**
 * Parses txName constraints and conditions (spec 12.3) into {@link Constraint} terms.
 * <p>
 * An expression is a sum of topologies with coefficients: {@code 2.23*[[['jet']],[['jet']]]},
 * {@code 71.*([..] + [..])}, {@code 9./4.*[..]}. Bracket topologies ({@code [[['t']],[['t']]]}, quotes optional,
 * stray quotes ignored as SModelS does) become branches of vertices of labels; a bare {@code *} standing for a whole
 * branch ({@code [[*],[]]}: any decay chain) is stored as one vertex holding {@link #INCLUSIVE_BRANCH}. Graph
 * topologies ({@code {(PV > H0(1)), (H0(1) > MET(2),MET(3))}}) become edges of indexed nodes.
 */
public final class ConstraintParser {
    /** The label that marks an inclusive branch (SModelS {@code InclusiveBranch}, written {@code [*]}). */
    public static final String INCLUSIVE_BRANCH = "InclusiveBranch";

    private final String s;
    private int pos;

    private ConstraintParser(String s) {
        this.s = s;
    }

    /** Thrown with a short reason; the caller adds file, line and field. */
    public static final class SyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message, null, false, false);
        }
    }

    /** A constraint expression; notation from its first topology. */
    public static Constraint constraint(String raw) {
        ConstraintParser p = new ConstraintParser(raw);
        Value v = p.expr();
        p.skipWs();
        if (p.pos < raw.length()) {
            throw new SyntaxException("unexpected '" + raw.charAt(p.pos) + "' at column " + (p.pos + 1));
        }
        if (v.terms == null || v.terms.isEmpty()) {
            throw new SyntaxException("no topology in '" + raw + "'");
        }
        boolean graph = v.terms.get(0).edges() != null;
        for (Constraint.Term t : v.terms) {
            if ((t.edges() != null) != graph) {
                throw new SyntaxException("mixes bracket and graph notation");
            }
        }
        return new Constraint(graph ? "graph" : "bracket", raw, v.terms);
    }

    /**
     * A condition value: {@code None} (no conditions), one condition, several separated by {@code ;}, or a Python
     * list of condition strings.
     */
    public static List<Condition> conditions(String raw) {
        String v = raw.strip();
        if (v.isEmpty() || v.equals("None")) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        if (v.startsWith("[") && v.length() > 1 && (v.substring(1).stripLeading().startsWith("'")
                || v.substring(1).stripLeading().startsWith("\""))) {
            Object parsed = PyLiteral.parse(v);
            if (!(parsed instanceof List<?> list)) {
                throw new SyntaxException("condition list expected");
            }
            for (Object o : list) {
                if (o instanceof String str) {
                    parts.add(str);
                } else if (o != PyLiteral.NONE) {
                    throw new SyntaxException("a condition must be a string, got " + o);
                }
            }
        } else {
            for (String p : v.split(";")) {
                parts.add(p);
            }
        }
        List<Condition> out = new ArrayList<>();
        for (String p : parts) {
            String c = p.strip();
            if (c.isEmpty() || c.equals("None")) {
                continue;
            }
            out.add(condition(c));
        }
        return out;
    }

    static Condition condition(String raw) {
        int open = raw.indexOf('(');
        if (open <= 0 || !raw.endsWith(")")) {
            throw new SyntaxException("condition '" + raw + "' is not of the form Csim(...) or Cgtr(...)");
        }
        String name = raw.substring(0, open).strip();
        String function = switch (name.toLowerCase(Locale.ROOT)) {
            case "csim" -> "Csim";
            case "cgtr" -> "Cgtr";
            default -> throw new SyntaxException("unknown condition function '" + name + "' (Csim or Cgtr)");
        };
        String inner = raw.substring(open + 1, raw.length() - 1);
        List<Constraint> args = new ArrayList<>();
        for (String a : splitTopLevel(inner, ',')) {
            args.add(constraint(a.strip()));
        }
        if (args.isEmpty()) {
            throw new SyntaxException("condition '" + raw + "' has no arguments");
        }
        if (function.equals("Cgtr") && args.size() != 2) {
            throw new SyntaxException("Cgtr takes two arguments, got " + args.size());
        }
        return new Condition(raw, function, args);
    }

    // ---- expressions: a value is a scalar or a linear combination of topologies

    private static final class Value {
        final double scalar;
        final List<Constraint.Term> terms; // null for a scalar

        Value(double scalar) {
            this.scalar = scalar;
            this.terms = null;
        }

        Value(List<Constraint.Term> terms) {
            this.scalar = Double.NaN;
            this.terms = terms;
        }

        Value scaled(double f) {
            if (terms == null) {
                return new Value(scalar * f);
            }
            List<Constraint.Term> out = new ArrayList<>(terms.size());
            for (Constraint.Term t : terms) {
                out.add(new Constraint.Term(t.coefficient() * f, t.branches(), t.edges()));
            }
            return new Value(out);
        }
    }

    private Value expr() {
        Value left = term();
        while (true) {
            skipWs();
            if (pos >= s.length() || (s.charAt(pos) != '+' && s.charAt(pos) != '-')) {
                return left;
            }
            boolean minus = s.charAt(pos) == '-';
            pos++;
            Value right = term();
            if (minus) {
                right = right.scaled(-1);
            }
            if (left.terms == null && right.terms == null) {
                left = new Value(left.scalar + right.scalar);
            } else if (left.terms != null && right.terms != null) {
                List<Constraint.Term> all = new ArrayList<>(left.terms);
                all.addAll(right.terms);
                left = new Value(all);
            } else {
                throw new SyntaxException("cannot add a number and a topology");
            }
        }
    }

    private Value term() {
        Value left = factor();
        while (true) {
            skipWs();
            if (pos >= s.length() || (s.charAt(pos) != '*' && s.charAt(pos) != '/')) {
                return left;
            }
            boolean divide = s.charAt(pos) == '/';
            pos++;
            Value right = factor();
            if (right.terms != null) {
                if (divide || left.terms != null) {
                    throw new SyntaxException(divide ? "cannot divide by a topology" : "cannot multiply two topologies");
                }
                left = right.scaled(left.scalar);
            } else {
                left = left.scaled(divide ? 1.0 / right.scalar : right.scalar);
            }
        }
    }

    private Value factor() {
        skipWs();
        if (pos >= s.length()) {
            throw new SyntaxException("unexpected end of expression");
        }
        char c = s.charAt(pos);
        if (c == '-' || c == '+') {
            pos++;
            Value v = factor();
            return c == '-' ? v.scaled(-1) : v;
        }
        if (c == '(') {
            pos++;
            Value v = expr();
            skipWs();
            if (pos >= s.length() || s.charAt(pos) != ')') {
                throw new SyntaxException("missing ')'");
            }
            pos++;
            return v;
        }
        if (c == '[') {
            int close = matching(pos, '[', ']');
            String el = s.substring(pos, close + 1);
            pos = close + 1;
            return new Value(List.of(new Constraint.Term(1.0, bracket(el), null)));
        }
        if (c == '{') {
            int close = matching(pos, '{', '}');
            String el = s.substring(pos + 1, close);
            pos = close + 1;
            return new Value(List.of(new Constraint.Term(1.0, null, graph(el))));
        }
        if ((c >= '0' && c <= '9') || c == '.') {
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            try {
                return new Value(Double.parseDouble(s.substring(start, pos)));
            } catch (NumberFormatException e) {
                throw new SyntaxException("bad number '" + s.substring(start, pos) + "'");
            }
        }
        throw new SyntaxException("unexpected '" + c + "' at column " + (pos + 1));
    }

    private int matching(int open, char o, char c) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == o) {
                depth++;
            } else if (ch == c) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new SyntaxException("missing '" + c + "'");
    }

    private void skipWs() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    // ---- bracket topology: [[branch], [branch]] with branch = [[labels], [labels]] or *

    private static List<List<List<String>>> bracket(String el) {
        Object tree = new NestedList(el).parse();
        if (!(tree instanceof List<?> branches)) {
            throw new SyntaxException("topology must be a list of branches: " + el);
        }
        List<List<List<String>>> out = new ArrayList<>(branches.size());
        for (Object branch : branches) {
            if (branch instanceof String label) {
                out.add(inclusive(label, el));
                continue;
            }
            List<?> vertices = (List<?>) branch;
            List<List<String>> vs = new ArrayList<>(vertices.size());
            boolean inclusive = false;
            for (Object vertex : vertices) {
                if (vertex instanceof String label) {
                    if (vertices.size() != 1) {
                        throw new SyntaxException("a bare label '" + label + "' inside a branch of " + el);
                    }
                    inclusive = true;
                    out.add(inclusive(label, el));
                    break;
                }
                List<String> labels = new ArrayList<>();
                for (Object l : (List<?>) vertex) {
                    if (!(l instanceof String str)) {
                        throw new SyntaxException("a vertex must list particle labels: " + el);
                    }
                    labels.add(str);
                }
                vs.add(labels);
            }
            if (!inclusive) {
                out.add(vs);
            }
        }
        return out;
    }

    private static List<List<String>> inclusive(String label, String el) {
        if (!label.equals("*")) {
            throw new SyntaxException("only '*' may stand for a whole branch, got '" + label + "' in " + el);
        }
        return List.of(List.of(INCLUSIVE_BRANCH));
    }

    /** Nested lists of bare labels; quotes and blanks around labels are dropped (SModelS removes all quotes). */
    private static final class NestedList {
        private final String s;
        private int pos;

        NestedList(String s) {
            this.s = s;
        }

        Object parse() {
            Object v = item();
            skip();
            if (pos < s.length()) {
                throw new SyntaxException("unexpected text after topology: " + s);
            }
            return v;
        }

        private Object item() {
            skip();
            if (pos < s.length() && s.charAt(pos) == '[') {
                pos++;
                List<Object> items = new ArrayList<>();
                skip();
                if (pos < s.length() && s.charAt(pos) == ']') {
                    pos++;
                    return items;
                }
                while (true) {
                    items.add(item());
                    skip();
                    if (pos >= s.length()) {
                        throw new SyntaxException("missing ']' in " + s);
                    }
                    char c = s.charAt(pos++);
                    if (c == ']') {
                        return items;
                    }
                    if (c != ',') {
                        throw new SyntaxException("expected ',' or ']' in " + s);
                    }
                }
            }
            int start = pos;
            while (pos < s.length() && s.charAt(pos) != ',' && s.charAt(pos) != ']' && s.charAt(pos) != '[') {
                pos++;
            }
            String label = s.substring(start, pos).replace("'", "").replace("\"", "").strip();
            if (label.isEmpty()) {
                throw new SyntaxException("empty particle label in " + s);
            }
            return label;
        }

        private void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }

    // ---- graph topology: (mother > daughter, daughter), ...

    private static List<Constraint.Edge> graph(String inner) {
        List<Constraint.Edge> edges = new ArrayList<>();
        for (String part : splitTopLevel(inner, ',')) {
            String e = part.strip();
            if (e.startsWith("(") && e.endsWith(")")) {
                e = e.substring(1, e.length() - 1);
            } else {
                throw new SyntaxException("a graph edge must be written (mother > daughters): '" + e + "'");
            }
            int gt = e.indexOf('>');
            if (gt < 0) {
                throw new SyntaxException("a graph edge needs '>': '" + e + "'");
            }
            Constraint.Node mother = node(e.substring(0, gt));
            List<Constraint.Node> daughters = new ArrayList<>();
            for (String d : splitTopLevel(e.substring(gt + 1), ',')) {
                daughters.add(node(d));
            }
            if (daughters.isEmpty()) {
                throw new SyntaxException("a graph edge needs daughters: '" + e + "'");
            }
            edges.add(new Constraint.Edge(mother, daughters));
        }
        if (edges.isEmpty()) {
            throw new SyntaxException("empty graph topology");
        }
        return edges;
    }

    private static Constraint.Node node(String text) {
        String t = text.replace("'", "").replace("\"", "").strip();
        if (t.endsWith(")")) {
            int open = t.lastIndexOf('(');
            String idx = open > 0 ? t.substring(open + 1, t.length() - 1).strip() : "";
            if (!idx.isEmpty() && idx.chars().allMatch(Character::isDigit)) {
                return new Constraint.Node(t.substring(0, open).strip(), Integer.parseInt(idx));
            }
        }
        if (t.isEmpty()) {
            throw new SyntaxException("empty node label");
        }
        return new Constraint.Node(t, -1);
    }

    /** Splits at {@code sep} outside brackets, parentheses and braces. */
    static List<String> splitTopLevel(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
            } else if (c == sep && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        String last = s.substring(start);
        if (!last.isBlank() || !out.isEmpty()) {
            out.add(last);
        }
        return out;
    }
}
