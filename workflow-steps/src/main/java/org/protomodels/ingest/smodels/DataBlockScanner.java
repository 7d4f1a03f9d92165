package org.protomodels.ingest.smodels;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.protomodels.step.InvalidInputException;

/**
 * Hand-written scanner for the data blocks of a txName file ({@code upperLimits:}, {@code expectedUpperLimits:},
 * {@code efficiencyMap:}), which hold almost all of the database's bytes. Works directly on the file's bytes; no
 * regular expression, no string per number. Accepted point shapes (spec 12.3):
 * <ul>
 * <li>bracket notation: {@code [[[m*GeV, ...], [m*GeV, ...]], value]}, a branch may be {@code '*'} (no masses) and
 * a mass may be a {@code (mass*GeV, width*GeV)} pair;</li>
 * <li>flat (graph notation): {@code [[x0, x1, ...], value]}, the meaning of x_i given by the txName's dataMap.</li>
 * </ul>
 * Every point must have the shape of the first one. Coordinates are returned in GeV, values in fb (upper limits)
 * or dimensionless (efficiencies); point order is the file's.
 */
final class DataBlockScanner {
    /** What the value of a point is: a cross section (normalised to fb) or a pure number (efficiency). */
    enum ValueKind { CROSS_SECTION, DIMENSIONLESS }

    /** One coordinate of the point shape: bracket (branch, vertex, width?) or flat (index). */
    record Coordinate(int branch, int vertex, boolean width, int flatIndex) {
    }

    /** The scanned block. {@code flat} tells which notation the coordinates use. */
    record Block(boolean flat, List<Coordinate> shape, double[][] points, double[] values) {
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private final byte[] b;
    private final int end;
    private final InfoText text;
    private final String field;
    private final ValueKind kind;
    private final double[] flatUnits; // GeV per unitless flat coordinate (from dataMap); null: units required
    private int pos;

    // the last scanned number-with-unit
    private double qValue;
    private int qMass;
    private int qXsec;

    // shape of the first point, and the point being built
    private final List<Coordinate> shape = new ArrayList<>();
    private boolean firstPoint = true;
    private Boolean flat;
    private int[] shapeBranch = new int[16];
    private int[] shapeVertex = new int[16];
    private boolean[] shapeWidth = new boolean[16];
    private double[] coords = new double[16];
    private int nCoords;

    private DataBlockScanner(InfoText text, InfoText.Field f, ValueKind kind, double[] flatUnits) {
        this.text = text;
        this.b = text.bytes();
        this.pos = f.valueStart();
        this.end = f.valueEnd();
        this.field = f.tag();
        this.kind = kind;
        this.flatUnits = flatUnits;
    }

    /**
     * Scans the block of field {@code f}. {@code flatUnits[i]} is the unit (in GeV) of flat coordinate i when it
     * is written without one (from the dataMap), or null if flat points are not expected.
     */
    static Block scan(InfoText text, InfoText.Field f, ValueKind kind, double[] flatUnits) {
        return new DataBlockScanner(text, f, kind, flatUnits).block();
    }

    private Block block() {
        List<double[]> points = new ArrayList<>(1024);
        double[] values = new double[1024];
        int n = 0;
        skipWs();
        expect('[');
        skipWs();
        if (peek() == ']') {
            throw error(pos, "the data block has no points");
        }
        while (true) {
            skipWs();
            int pointStart = pos;
            expect('[');
            nCoords = 0;
            skipWs();
            expect('[');
            skipWs();
            int shapeIndex = 0;
            if (peek() == '[' || peek() == '\'' || peek() == '"' || peek() == '*') {
                checkNotation(false, pointStart);
                shapeIndex = branches(pointStart);
            } else {
                checkNotation(true, pointStart);
                shapeIndex = flatCoordinates(pointStart);
            }
            if (!firstPoint && shapeIndex != shape.size()) {
                throw error(pointStart, "point has " + shapeIndex + " coordinates, the first point has " + shape.size());
            }
            skipWs();
            expect(',');
            skipWs();
            int valueStart = pos;
            quantity();
            double value = checkValue(valueStart);
            skipWs();
            expect(']');
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = value;
            points.add(Arrays.copyOf(coords, nCoords));
            firstPoint = false;
            skipWs();
            byte c = peek();
            if (c == ',') {
                pos++;
                skipWs();
                if (pos < end && b[pos] == ']') { // trailing comma
                    pos++;
                    break;
                }
                continue;
            }
            if (c == ']') {
                pos++;
                break;
            }
            throw error(pos, "expected ',' or ']' after a data point, found '" + (char) c + "'");
        }
        skipWs();
        if (pos < end) {
            throw error(pos, "unexpected text after the data block: '" + snippet(pos) + "'");
        }
        return new Block(flat, List.copyOf(shape), points.toArray(new double[0][]), Arrays.copyOf(values, n));
    }

    private void checkNotation(boolean isFlat, int at) {
        if (flat == null) {
            flat = isFlat;
            if (isFlat && flatUnits == null) {
                throw error(at, "flat data points [[x0, x1, ...], value] need a dataMap");
            }
        } else if (flat != isFlat) {
            throw error(at, "point mixes bracket and flat notation with the points before it");
        }
    }

    /** Bracket notation: at the first branch, inside the mass array; consumes the closing ']'. */
    private int branches(int pointStart) {
        int branch = 0;
        int k = 0;
        while (true) {
            skipWs();
            byte c = peek();
            if (c == '\'' || c == '"' || c == '*') {
                skipWildcard();
            } else {
                expect('[');
                int vertex = 0;
                skipWs();
                if (peek() != ']') {
                    while (true) {
                        skipWs();
                        if (peek() == '(') {
                            pos++;
                            mass(pointStart);
                            k = coordinate(k, branch, vertex, false, -1, pointStart);
                            skipWs();
                            expect(',');
                            mass(pointStart);
                            k = coordinate(k, branch, vertex, true, -1, pointStart);
                            skipWs();
                            expect(')');
                        } else {
                            mass(pointStart);
                            k = coordinate(k, branch, vertex, false, -1, pointStart);
                        }
                        vertex++;
                        skipWs();
                        if (peek() == ',') {
                            pos++;
                            continue;
                        }
                        break;
                    }
                }
                expect(']');
            }
            branch++;
            skipWs();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect(']');
            return k;
        }
    }

    private void skipWildcard() {
        byte c = b[pos];
        if (c == '*') {
            pos++;
            return;
        }
        pos++;
        if (pos < end && b[pos] == '*' && pos + 1 < end && b[pos + 1] == c) {
            pos += 2;
            return;
        }
        throw error(pos, "only '*' may stand for a branch in a data point");
    }

    /** Flat notation: at the first coordinate inside the list; consumes the closing ']'. */
    private int flatCoordinates(int pointStart) {
        int k = 0;
        while (true) {
            skipWs();
            int at = pos;
            quantity();
            double v;
            if (qMass == 0 && qXsec == 0) {
                if (k >= flatUnits.length) {
                    throw error(at, "coordinate " + k + " is not described by the dataMap (" + flatUnits.length + " entries)");
                }
                v = qValue * flatUnits[k];
            } else if (qMass == 1 && qXsec == 0) {
                v = qValue;
            } else {
                throw error(at, "a coordinate must be a mass or width (GeV)");
            }
            requireFinite(v, at, "coordinate");
            k = store(k, -1, k, false, k, v, pointStart);
            skipWs();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect(']');
            return k;
        }
    }

    private void mass(int pointStart) {
        skipWs();
        int at = pos;
        quantity();
        if (qMass != 1 || qXsec != 0) {
            throw error(at, qMass == 0 && qXsec == 0 ? "mass without unit (expected e.g. 300*GeV)"
                    : "a mass must be in GeV or TeV");
        }
        requireFinite(qValue, at, "mass");
    }

    private int coordinate(int k, int branch, int vertex, boolean width, int flatIndex, int pointStart) {
        return store(k, branch, vertex, width, flatIndex, qValue, pointStart);
    }

    /** Records coordinate k of the current point; the first point defines the shape, later ones must match it. */
    private int store(int k, int branch, int vertex, boolean width, int flatIndex, double v, int pointStart) {
        if (firstPoint) {
            shape.add(new Coordinate(branch, vertex, width, flatIndex));
            if (k == shapeBranch.length) {
                int n = k * 2;
                shapeBranch = Arrays.copyOf(shapeBranch, n);
                shapeVertex = Arrays.copyOf(shapeVertex, n);
                shapeWidth = Arrays.copyOf(shapeWidth, n);
            }
            shapeBranch[k] = branch;
            shapeVertex[k] = vertex;
            shapeWidth[k] = width;
        } else if (k >= shape.size() || shapeBranch[k] != branch || shapeVertex[k] != vertex || shapeWidth[k] != width) {
            throw error(pointStart, "point has a different shape than the first point (coordinate " + k + ")");
        }
        if (k == coords.length) {
            coords = Arrays.copyOf(coords, k * 2);
        }
        coords[k] = v;
        nCoords = k + 1;
        return k + 1;
    }

    private double checkValue(int at) {
        double v;
        if (kind == ValueKind.CROSS_SECTION) {
            if (qMass != 0 || qXsec != 1) {
                throw error(at, qMass == 0 && qXsec == 0 ? "upper limit without unit (expected e.g. 1.2*pb or 3.4*fb)"
                        : "an upper limit must be a cross section (fb or pb)");
            }
            v = qValue;
        } else {
            if (qMass != 0 || qXsec != 0) {
                throw error(at, "an efficiency must be a pure number, found a unit");
            }
            v = qValue;
        }
        requireFinite(v, at, "value");
        if (v < 0) {
            throw error(at, "negative " + (kind == ValueKind.CROSS_SECTION ? "upper limit" : "efficiency") + " " + v);
        }
        return v;
    }

    private void requireFinite(double v, int at, String what) {
        if (!Double.isFinite(v)) {
            throw error(at, what + " is not a finite number");
        }
    }

    /** number (('*'|'/') (number | unit))* into qValue/qMass/qXsec; units normalised to GeV and fb. */
    private void quantity() {
        skipWs();
        double v = number();
        int m = 0;
        int x = 0;
        while (true) {
            int save = pos;
            skipWs();
            if (pos >= end || (b[pos] != '*' && b[pos] != '/')) {
                pos = save;
                break;
            }
            boolean divide = b[pos] == '/';
            pos++;
            skipWs();
            byte c = peek();
            double f;
            int dm = 0;
            int dx = 0;
            if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+') {
                f = number();
            } else {
                int s = pos;
                while (pos < end && (Character.isLetterOrDigit(b[pos]) || b[pos] == '_')) {
                    pos++;
                }
                int len = pos - s;
                if (is(s, len, "GeV")) {
                    f = 1.0;
                    dm = 1;
                } else if (is(s, len, "TeV")) {
                    f = 1000.0;
                    dm = 1;
                } else if (is(s, len, "fb")) {
                    f = 1.0;
                    dx = 1;
                } else if (is(s, len, "pb")) {
                    f = 1000.0;
                    dx = 1;
                } else {
                    throw error(s, "unknown unit '" + new String(b, s, Math.max(len, 1), StandardCharsets.UTF_8) + "'");
                }
            }
            if (divide) {
                v /= f;
                m -= dm;
                x -= dx;
            } else {
                v *= f;
                m += dm;
                x += dx;
            }
        }
        qValue = v;
        qMass = m;
        qXsec = x;
    }

    private boolean is(int s, int len, String unit) {
        if (len != unit.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b[s + i] != unit.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A decimal number. Exact: the fast path (at most 15 significant digits, |decimal exponent| <= 22) is
     * Clinger's, where one correctly rounded multiplication or division gives the correctly rounded result;
     * anything else goes to {@link Double#parseDouble}.
     */
    private double number() {
        int start = pos;
        boolean negative = false;
        if (pos < end && (b[pos] == '-' || b[pos] == '+')) {
            negative = b[pos] == '-';
            pos++;
        }
        long mant = 0;
        int digits = 0;
        int exp10 = 0;
        boolean any = false;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            any = true;
            if (digits < 18) {
                mant = mant * 10 + (b[pos] - '0');
                if (mant != 0) {
                    digits++;
                }
            } else {
                exp10++;
                digits++;
            }
            pos++;
        }
        if (pos < end && b[pos] == '.') {
            pos++;
            while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
                any = true;
                if (digits < 18) {
                    mant = mant * 10 + (b[pos] - '0');
                    if (mant != 0) {
                        digits++;
                    }
                    exp10--;
                } else {
                    digits++;
                }
                pos++;
            }
        }
        if (!any) {
            throw error(start, "number expected, found '" + snippet(start) + "'");
        }
        if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
            int save = pos;
            pos++;
            boolean eneg = false;
            if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
                eneg = b[pos] == '-';
                pos++;
            }
            if (pos < end && b[pos] >= '0' && b[pos] <= '9') {
                int e = 0;
                while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
                    if (e < 100000) {
                        e = e * 10 + (b[pos] - '0');
                    }
                    pos++;
                }
                exp10 += eneg ? -e : e;
            } else {
                pos = save;
            }
        }
        double v;
        if (digits <= 15 && exp10 >= -22 && exp10 <= 22) {
            v = exp10 >= 0 ? mant * POW10[exp10] : mant / POW10[-exp10];
        } else if (mant == 0) {
            v = 0.0;
        } else {
            v = Double.parseDouble(new String(b, start, pos - start, StandardCharsets.ISO_8859_1));
            return v; // sign included
        }
        return negative ? -v : v;
    }

    private void skipWs() {
        while (pos < end) {
            byte c = b[pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\\') {
                pos++;
            } else if (c == '#') {
                while (pos < end && b[pos] != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private byte peek() {
        if (pos >= end) {
            throw error(pos, "unexpected end of the data block");
        }
        return b[pos];
    }

    private void expect(char c) {
        skipWs();
        if (pos >= end) {
            throw error(pos, "unexpected end of the data block (expected '" + c + "')");
        }
        if (b[pos] != c) {
            throw error(pos, "expected '" + c + "', found '" + snippet(pos) + "'");
        }
        pos++;
    }

    private String snippet(int at) {
        int e = Math.min(end, at + 20);
        int nl = at;
        while (nl < e && b[nl] != '\n') {
            nl++;
        }
        return new String(b, at, nl - at, StandardCharsets.UTF_8);
    }

    private InvalidInputException error(int at, String problem) {
        return new InvalidInputException(text.file(), ":" + text.lineOf(at), field + ": " + problem);
    }
}
