package org.protomodels.ingest.smodels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tolerant evaluator for the Python-literal subset of SModelS info values (spec 12.2): numbers, strings, lists,
 * tuples, dicts, {@code None/True/False}, {@code nan/inf}, and products/quotients with the unit symbols {@code GeV},
 * {@code TeV}, {@code fb}, {@code pb} (e.g. {@code 13*TeV}, {@code 139./fb}, {@code (500*GeV, 1e-3*GeV)}).
 * Numbers become {@link Double}, lists {@link List}, tuples {@link Tuple}, dicts {@link LinkedHashMap}, a value
 * carrying a unit a {@link Quantity} normalised to GeV and fb. {@code #} starts a comment outside strings.
 * What cannot be evaluated raises {@link PyLiteral.EvalException}; callers keep the raw text where SModelS does.
 */
public final class PyLiteral {
    private final String s;
    private int pos;

    private PyLiteral(String s) {
        this.s = s;
    }

    /** Evaluates {@code text}; a top-level comma sequence ({@code "a", "b"}) is a tuple, as in Python. */
    public static Object parse(String text) {
        PyLiteral p = new PyLiteral(text);
        p.skipWs();
        if (p.atEnd()) {
            throw new EvalException(EvalException.Kind.SYNTAX, "empty value");
        }
        Object first = p.expr();
        p.skipWs();
        if (!p.atEnd() && p.peek() == ',') {
            List<Object> items = new ArrayList<>();
            items.add(first);
            while (!p.atEnd() && p.peek() == ',') {
                p.pos++;
                p.skipWs();
                if (p.atEnd()) {
                    break;
                }
                items.add(p.expr());
                p.skipWs();
            }
            first = new Tuple(items);
        }
        if (!p.atEnd()) {
            throw p.syntax("unexpected '" + p.peek() + "'");
        }
        return first;
    }

    /** A Python tuple. */
    public record Tuple(List<Object> items) {
        public Tuple {
            items = java.util.Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /**
     * A number with a unit, normalised: {@code value} in GeV^massPower * fb^xsecPower (e.g. 13*TeV = 13000 GeV^1,
     * 36/fb = 36 fb^-1, 0.5*pb = 500 fb^1). Dimensionless results are plain {@link Double}s, never a Quantity.
     */
    public record Quantity(double value, int massPower, int xsecPower) {
        public boolean isMass() {
            return massPower == 1 && xsecPower == 0;
        }

        public boolean isCrossSection() {
            return massPower == 0 && xsecPower == 1;
        }

        public boolean isInverseCrossSection() {
            return massPower == 0 && xsecPower == -1;
        }
    }

    /** Why a value could not be evaluated: syntax, an unknown name (e.g. an unknown unit) or a type error. */
    public static final class EvalException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public enum Kind { SYNTAX, UNKNOWN_NAME, TYPE }

        private final Kind kind;

        public EvalException(Kind kind, String message) {
            super(message, null, false, false); // no stack trace: raw-string fallbacks are routine
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    // ---- grammar: expr := term (('+'|'-') term)* ; term := unary (('*'|'/') unary)* ; unary := ('-'|'+') unary | atom

    private Object expr() {
        Object left = term();
        while (true) {
            skipWs();
            if (atEnd()) {
                return left;
            }
            char c = peek();
            if (c != '+' && c != '-') {
                return left;
            }
            pos++;
            Object right = term();
            left = add(left, right, c == '-');
        }
    }

    private Object term() {
        Object left = unary();
        while (true) {
            skipWs();
            if (atEnd()) {
                return left;
            }
            char c = peek();
            if (c != '*' && c != '/') {
                return left;
            }
            pos++;
            if (c == '*' && !atEnd() && peek() == '*') {
                throw syntax("'**' is not supported");
            }
            Object right = unary();
            left = multiply(left, right, c == '/');
        }
    }

    private Object unary() {
        skipWs();
        if (atEnd()) {
            throw syntax("value expected");
        }
        char c = peek();
        if (c == '-' || c == '+') {
            pos++;
            Object v = unary();
            return c == '-' ? multiply(-1.0, v, false) : requireNumeric(v);
        }
        return atom();
    }

    private Object atom() {
        skipWs();
        char c = peek();
        if (c == '[') {
            pos++;
            List<Object> items = items(']');
            return items;
        }
        if (c == '(') {
            pos++;
            skipWs();
            if (!atEnd() && peek() == ')') {
                pos++;
                return new Tuple(List.of());
            }
            Object first = expr();
            skipWs();
            if (!atEnd() && peek() == ')') {
                pos++;
                return first;
            }
            expect(',');
            List<Object> rest = items(')');
            List<Object> all = new ArrayList<>(rest.size() + 1);
            all.add(first);
            all.addAll(rest);
            return new Tuple(all);
        }
        if (c == '{') {
            pos++;
            return dict();
        }
        if (c == '\'' || c == '"') {
            return string();
        }
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            return name();
        }
        throw syntax("unexpected '" + c + "'");
    }

    private List<Object> items(char close) {
        List<Object> items = new ArrayList<>();
        while (true) {
            skipWs();
            if (atEnd()) {
                throw syntax("missing '" + close + "'");
            }
            if (peek() == close) {
                pos++;
                return items;
            }
            items.add(expr());
            skipWs();
            if (atEnd()) {
                throw syntax("missing '" + close + "'");
            }
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c != close) {
                throw syntax("expected ',' or '" + close + "' but found '" + c + "'");
            }
        }
    }

    private Map<Object, Object> dict() {
        Map<Object, Object> map = new LinkedHashMap<>();
        while (true) {
            skipWs();
            if (atEnd()) {
                throw syntax("missing '}'");
            }
            if (peek() == '}') {
                pos++;
                return map;
            }
            Object key = expr();
            skipWs();
            expect(':');
            Object value = expr();
            map.put(key, value);
            skipWs();
            if (atEnd()) {
                throw syntax("missing '}'");
            }
            if (peek() == ',') {
                pos++;
            } else if (peek() != '}') {
                throw syntax("expected ',' or '}' but found '" + peek() + "'");
            }
        }
    }

    private String string() {
        char quote = s.charAt(pos++);
        StringBuilder b = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == quote) {
                return b.toString();
            }
            if (c == '\\' && pos < s.length()) {
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case '\\', '\'', '"' -> b.append(e);
                    default -> b.append('\\').append(e);
                }
            } else {
                b.append(c);
            }
        }
        throw syntax("unterminated string");
    }

    private Double number() {
        int start = pos;
        while (pos < s.length() && isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < s.length() && isDigit(s.charAt(pos))) {
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        String text = s.substring(start, pos);
        if (text.equals(".")) {
            throw syntax("lone '.'");
        }
        if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '_')) {
            throw syntax("name directly after number '" + text + "'");
        }
        return Double.parseDouble(text);
    }

    private Object name() {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
            pos++;
        }
        String name = s.substring(start, pos);
        return switch (name) {
            case "None" -> NONE;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "GeV" -> new Quantity(1.0, 1, 0);
            case "TeV" -> new Quantity(1000.0, 1, 0);
            case "fb" -> new Quantity(1.0, 0, 1);
            case "pb" -> new Quantity(1000.0, 0, 1);
            default -> throw new EvalException(EvalException.Kind.UNKNOWN_NAME, "unknown name '" + name + "'");
        };
    }

    /** Python's None (a Java null cannot sit in every collection, so None is this marker). */
    public static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    // ---- arithmetic on numbers and unit quantities

    private Object requireNumeric(Object v) {
        if (v instanceof Double || v instanceof Quantity) {
            return v;
        }
        throw new EvalException(EvalException.Kind.TYPE, "arithmetic on a non-number");
    }

    private Object multiply(Object a, Object b, boolean divide) {
        requireNumeric(a);
        requireNumeric(b);
        double va = a instanceof Quantity q ? q.value() : (Double) a;
        int ma = a instanceof Quantity q ? q.massPower() : 0;
        int xa = a instanceof Quantity q ? q.xsecPower() : 0;
        double vb = b instanceof Quantity q ? q.value() : (Double) b;
        int mb = b instanceof Quantity q ? q.massPower() : 0;
        int xb = b instanceof Quantity q ? q.xsecPower() : 0;
        double v = divide ? va / vb : va * vb;
        int m = divide ? ma - mb : ma + mb;
        int x = divide ? xa - xb : xa + xb;
        return m == 0 && x == 0 ? (Object) v : new Quantity(v, m, x);
    }

    private Object add(Object a, Object b, boolean subtract) {
        requireNumeric(a);
        requireNumeric(b);
        if (a instanceof Double x && b instanceof Double y) {
            return subtract ? x - y : x + y;
        }
        if (a instanceof Quantity x && b instanceof Quantity y && x.massPower() == y.massPower()
                && x.xsecPower() == y.xsecPower()) {
            return new Quantity(subtract ? x.value() - y.value() : x.value() + y.value(), x.massPower(), x.xsecPower());
        }
        throw new EvalException(EvalException.Kind.TYPE, "adding values of different units");
    }

    // ---- scanning helpers

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\') {
                pos++;
            } else if (c == '#') {
                int nl = s.indexOf('\n', pos);
                pos = nl < 0 ? s.length() : nl + 1;
            } else {
                return;
            }
        }
    }

    private boolean atEnd() {
        return pos >= s.length();
    }

    private char peek() {
        return s.charAt(pos);
    }

    private void expect(char c) {
        skipWs();
        if (atEnd() || peek() != c) {
            throw syntax("expected '" + c + "'");
        }
        pos++;
    }

    private EvalException syntax(String message) {
        return new EvalException(EvalException.Kind.SYNTAX, message + " at column " + (pos + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
