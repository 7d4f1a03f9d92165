package org.protomodels.stats.modifier;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one modifier needs of its parameter set (pyhf's {@code required_parset}): size, defaults, constraint.
 * Arrays may be null where the modifier leaves the value to the measurement configuration (lumi).
 */
public record ParameterRequirement(ModifierType type, int n, double[] inits, double[][] bounds, boolean[] fixed,
        Constraint constraint, double[] auxdata, double[] sigmas, double[] factors) {
    public ParameterRequirement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(constraint, "constraint");
        if (n < 0) {
            throw new IllegalArgumentException("n: negative parameter count " + n);
        }
        if (fixed == null || fixed.length != n) {
            throw new IllegalArgumentException("fixed: one flag per component expected (" + n + ")");
        }
    }

    /** normsys and histosys: one Gaussian-constrained nuisance parameter, init 0, bounds [-5, 5]. */
    public static ParameterRequirement interpolated(ModifierType type) {
        return new ParameterRequirement(type, 1, new double[] {0}, new double[][] {{-5, 5}}, new boolean[1],
                Constraint.NORMAL, new double[] {0}, new double[] {1}, null);
    }

    /** normfactor: one free parameter, init 1, bounds [0, 10]. */
    public static ParameterRequirement normFactor() {
        return new ParameterRequirement(ModifierType.NORMFACTOR, 1, new double[] {1}, new double[][] {{0, 10}},
                new boolean[1], Constraint.NONE, null, null, null);
    }

    /** shapefactor: one free parameter per bin, init 1, bounds [0, 10]. */
    public static ParameterRequirement shapeFactor(int nbins) {
        return new ParameterRequirement(ModifierType.SHAPEFACTOR, nbins, filled(nbins, 1), bounds(nbins, 0, 10),
                new boolean[nbins], Constraint.NONE, null, null, null);
    }

    /** lumi: one Gaussian-constrained parameter configured by the measurement. */
    public static ParameterRequirement lumi() {
        return new ParameterRequirement(ModifierType.LUMI, 1, null, null, new boolean[1], Constraint.NORMAL, null, null, null);
    }

    /** shapesys: one Poisson-constrained gamma per bin with positive yield and uncertainty; aux tau = (nom/unc)^2. */
    public static ParameterRequirement shapeSys(double[] tau) {
        int n = tau.length;
        return new ParameterRequirement(ModifierType.SHAPESYS, n, filled(n, 1), bounds(n, 1e-10, 10), new boolean[n],
                Constraint.POISSON, tau.clone(), null, tau.clone());
    }

    /**
     * staterror: one Gaussian-constrained gamma per covered bin, aux 1, relative widths from
     * {@link StatErrorSigmas}; a zero-width bin gets sigma 1 and a fixed gamma (pyhf).
     */
    public static ParameterRequirement statError(double[] relativeWidths) {
        int n = relativeWidths.length;
        double[] sigmas = new double[n];
        boolean[] fixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            fixed[i] = relativeWidths[i] == 0;
            sigmas[i] = fixed[i] ? 1.0 : relativeWidths[i];
        }
        return new ParameterRequirement(ModifierType.STATERROR, n, filled(n, 1), bounds(n, 1e-10, 10), fixed,
                Constraint.NORMAL, filled(n, 1), sigmas, null);
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    static double[][] bounds(int n, double lo, double hi) {
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            b[i] = new double[] {lo, hi};
        }
        return b;
    }
}
