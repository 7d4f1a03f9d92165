package org.protomodels.toy;

/**
 * The synthetic physics of the toy world: smooth stand-ins for reference cross sections, efficiencies and
 * expected limits. Nothing here is a measurement; the shapes only mimic the real ones so the pipeline meets
 * realistic numbers (see database/toy/README.md).
 */
final class ToyPhysics {
    private ToyPhysics() {
    }

    /** Production processes of the toy world with a synthetic cross section ln(sigma/pb) = a - b ln m - c m. */
    enum Process {
        // coefficients fitted by hand to three points of the NNLO+NNLL shapes (500/1000/1500 GeV and similar)
        STOP13("stop", 13, 37.67, 6.10, 5.2e-4),
        GLUINO13("gluino", 13, 28.89, 3.845, 3.28e-3),
        STOP8("stop", 8, 24.84, 3.987, 5.04e-3),
        GLUINO8("gluino", 8, 29.59, 4.139, 4.71e-3);

        final String table;
        final int sqrts;
        final double a;
        final double b;
        final double c;

        Process(String table, int sqrts, double a, double b, double c) {
            this.table = table;
            this.sqrts = sqrts;
            this.a = a;
            this.b = b;
            this.c = c;
        }

        double sigmaPb(double mass) {
            return Math.exp(a - b * Math.log(mass) - c * mass);
        }

        /** A relative uncertainty growing with mass, as real tables do. */
        double relativeUncertaintyPercent(double mass) {
            return 6 + 12 * mass / 2000.0 + (sqrts == 8 ? 5 : 0);
        }
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /**
     * Efficiency of a signal region for a mother/LSP mass pair: a plateau {@code plateau} switched on above
     * {@code dmLow} in mass splitting and off above {@code dmHigh}, times a turn-on in the mother mass.
     */
    static double efficiency(double plateau, double dmLow, double dmHigh, double turnOn, double mother, double lsp) {
        double dm = mother - lsp;
        return plateau * logistic((dm - dmLow) / 60) * logistic((dmHigh - dm) / 200) * logistic((mother - turnOn) / 80);
    }

    /**
     * Efficiency of a signal region binned in the mother mass and the mass splitting (as real searches bin in
     * m_eff and m_T2): a smooth bump of height {@code plateau} centred at ({@code motherCentre}, {@code dmCentre})
     * with widths {@code motherWidth}, {@code dmWidth}. Neighbouring regions share a signal in proportions that
     * locate its masses, which is what lets a walk recover a planted particle.
     */
    static double bump(double plateau, double motherCentre, double dmCentre, double motherWidth, double dmWidth,
                       double mother, double lsp) {
        double u = (mother - motherCentre) / motherWidth;
        double v = (mother - lsp - dmCentre) / dmWidth;
        return plateau * Math.exp(-0.5 * (u * u + v * v));
    }

    /** Efficiency of a region given as {plateau, motherCentre, dmCentre, motherWidth, dmWidth}. */
    static double bump(double[] p, double mother, double lsp) {
        return bump(p[0], p[1], p[2], p[3], p[4], mother, lsp);
    }

    /** Rounds to {@code digits} significant digits (files stay short and exact decimal). */
    static double round(double x, int digits) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(digits)).doubleValue();
    }
}
