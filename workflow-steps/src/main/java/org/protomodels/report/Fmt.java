package org.protomodels.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for the report: fixed locale, a few significant digits, and "n/a" instead of NaN or infinity. */
final class Fmt {
    static final String NA = "n/a";

    private Fmt() {
    }

    /** Four significant digits without trailing zeros (1.8, 36.1, 0.0123); integers as integers. */
    static String num(double v) {
        return sig(v, 4);
    }

    static String sig(double v, int digits) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-4 || a >= 1e7)) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** Fixed decimals ("%.2f"), or n/a. */
    static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : NA;
    }

    /** A number with its unit ("800 GeV"), or n/a. */
    static String unit(double v, String unit) {
        return Double.isFinite(v) ? num(v) + " " + unit : NA;
    }

    /** "1 particle", "2 particles"; a non-integer or absent count prints as n/a. */
    static String count(double n, String singular, String plural) {
        if (!Double.isFinite(n)) {
            return NA + " " + plural;
        }
        return num(n) + " " + (n == 1 ? singular : plural);
    }

    /** A boxed value that may be absent. */
    static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }
}
