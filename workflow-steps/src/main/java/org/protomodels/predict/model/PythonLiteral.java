package org.protomodels.predict.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tolerant reader of the Python-literal subset the protomodels code writes (spec 12.6): dict, list, tuple,
 * int, float, str, True, False, None, nan, inf, and {@code #} comments. Dicts become insertion-ordered maps,
 * lists and tuples become immutable lists (so tuples work as map keys), ints {@link Long}, floats {@link Double},
 * None {@code null}. Errors name the line and column.
 */
public final class PythonLiteral {
    private final String text;
    private final String source;
    private int pos;

    private PythonLiteral(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** Parses one literal; {@code source} names the input in error messages. */
    public static Object parse(String text, String source) {
        PythonLiteral p = new PythonLiteral(text, source);
        p.skip();
        Object v = p.value();
        p.skip();
        if (p.pos < text.length()) {
            throw p.error("unexpected text after the literal");
        }
        return v;
    }

    private IllegalArgumentException error(String what) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new LiteralSyntaxException(source, line, col, what);
    }

    /** A syntax error at a line and column. */
    public static final class LiteralSyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;

        LiteralSyntaxException(String source, int line, int col, String what) {
            super(source + ":" + line + ":" + col + ": " + what);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private void skip() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c) || c == '\\') {
                pos++;
            } else {
                return;
            }
        }
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return dict();
            case '[':
                return sequence('[', ']');
            case '(':
                return sequence('(', ')');
            case '\'':
            case '"':
                return string();
            default:
                return scalar();
        }
    }

    private Map<Object, Object> dict() {
        pos++;
        Map<Object, Object> m = new LinkedHashMap<>();
        while (true) {
            skip();
            if (peek() == '}') {
                pos++;
                return m;
            }
            Object k = value();
            skip();
            expect(':');
            skip();
            Object v = value();
            m.put(k, v);
            skip();
            if (peek() == ',') {
                pos++;
            } else if (peek() != '}') {
                throw error("expected ',' or '}' in dict");
            }
        }
    }

    private List<Object> sequence(char open, char close) {
        pos++;
        List<Object> l = new ArrayList<>();
        while (true) {
            skip();
            if (peek() == close) {
                pos++;
                return Collections.unmodifiableList(l);
            }
            l.add(value());
            skip();
            if (peek() == ',') {
                pos++;
            } else if (peek() != close) {
                throw error("expected ',' or '" + close + "'");
            }
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private String string() {
        char q = text.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = peek();
            pos++;
            if (c == q) {
                return sb.toString();
            }
            if (c == '\\') {
                char e = peek();
                pos++;
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case '\\', '\'', '"' -> sb.append(e);
                    default -> sb.append('\\').append(e);
                }
            } else {
                sb.append(c);
            }
        }
    }

    private Object scalar() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '+' || c == '_') {
                pos++;
            } else {
                break;
            }
        }
        String tok = text.substring(start, pos);
        switch (tok) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return null;
            case "nan":
            case "NaN":
            case "-nan":
                return Double.NaN;
            case "inf":
            case "+inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (tok.isEmpty()) {
            pos = start;
            throw error("unexpected character '" + text.charAt(start) + "'");
        }
        try {
            if (tok.matches("[+-]?\\d+")) {
                return Long.parseLong(tok);
            }
            return Double.parseDouble(tok);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("not a number or keyword: '" + tok + "'");
        }
    }
}
