package org.protomodels.stats.modifier;

/**
 * shapesys auxiliary data as pyhf builds it: only bins with nominal > 0 and uncertainty > 0 get a gamma; their
 * Poisson constraint has rate gamma * tau with tau = (nominal / uncertainty)^2, and aux data tau.
 */
public final class ShapeSysAux {
    private ShapeSysAux() {
    }

    /** Which bins get a parameter. */
    public static boolean[] activeBins(double[] nominal, double[] uncertainty) {
        boolean[] m = new boolean[nominal.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = nominal[i] > 0 && uncertainty[i] > 0;
        }
        return m;
    }

    /** tau of the active bins, in bin order. */
    public static double[] tau(double[] nominal, double[] uncertainty) {
        boolean[] m = activeBins(nominal, uncertainty);
        int n = 0;
        for (boolean b : m) {
            n += b ? 1 : 0;
        }
        double[] t = new double[n];
        int k = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i]) {
                double r = nominal[i] / uncertainty[i];
                t[k++] = r * r;
            }
        }
        return t;
    }
}
