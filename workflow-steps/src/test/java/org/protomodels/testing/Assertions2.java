package org.protomodels.testing;

import static org.junit.jupiter.api.Assertions.fail;

/** Numeric assertions that name their reference and tolerance. */
public final class Assertions2 {
    private Assertions2() {
    }

    /** |actual - expected| <= rel * |expected|, naming the reference on failure. */
    public static void assertRelClose(double expected, double actual, double rel, String reference) {
        double diff = Math.abs(actual - expected);
        if (!(diff <= rel * Math.abs(expected)) && !(expected == actual)) {
            fail(String.format("%s: expected %.17g, got %.17g (rel diff %.3g > %.3g)", reference, expected, actual,
                    diff / Math.abs(expected), rel));
        }
    }

    /** |actual - expected| <= abs. */
    public static void assertAbsClose(double expected, double actual, double abs, String reference) {
        double diff = Math.abs(actual - expected);
        if (!(diff <= abs)) {
            fail(String.format("%s: expected %.17g, got %.17g (abs diff %.3g > %.3g)", reference, expected, actual, diff, abs));
        }
    }

    /** |actual - expected| <= abs + rel * |expected| (numpy isclose). */
    public static void assertClose(double expected, double actual, double rel, double abs, String reference) {
        double diff = Math.abs(actual - expected);
        if (!(diff <= abs + rel * Math.abs(expected))) {
            fail(String.format("%s: expected %.17g, got %.17g (diff %.3g > abs %.3g + rel %.3g)", reference, expected,
                    actual, diff, abs, rel));
        }
    }
}
