package org.protomodels.ingest.hepdata;

/**
 * One uncertainty of a measured value, as HEPData gives it: symmetric ({@code symerror}, plus = -minus = error) or
 * asymmetric ({@code asymerror}, plus and minus as written, signs kept because real records use both conventions).
 * Percentages ({@code '2.3%'}) are already resolved against the value. {@code label} may be null.
 */
public record Uncertainty(String label, boolean symmetric, double plus, double minus) {
    public Uncertainty {
        if (!Double.isFinite(plus) || !Double.isFinite(minus)) {
            throw new IllegalArgumentException("uncertainty: plus and minus must be finite, got " + plus + ", " + minus);
        }
    }

    public static Uncertainty symmetric(String label, double error) {
        return new Uncertainty(label, true, Math.abs(error), -Math.abs(error));
    }

    public static Uncertainty asymmetric(String label, double plus, double minus) {
        return new Uncertainty(label, false, plus, minus);
    }

    /** The larger of the two half-widths. */
    public double maxAbs() {
        return Math.max(Math.abs(plus), Math.abs(minus));
    }

    /** The mean of the two half-widths. */
    public double meanAbs() {
        return 0.5 * (Math.abs(plus) + Math.abs(minus));
    }

    public boolean isZero() {
        return plus == 0 && minus == 0;
    }
}
