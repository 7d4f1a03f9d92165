package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;

/**
 * Reference cross sections of one production process at one sqrt(s): mass (GeV) -> sigma (fb) with a relative
 * uncertainty. {@code process} is the table's name ({@code gluino}, {@code stop}, {@code N2C1p}, ...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrossSectionTable(String process, double sqrts, String order, double[] masses, double[] sigmaFb,
                                double[] relativeUncertainty, String source) {
    public CrossSectionTable {
        Checks.requireText(process, "process");
        Checks.requirePositive(sqrts, "sqrts");
        if (masses.length != sigmaFb.length || masses.length != relativeUncertainty.length) {
            throw new IllegalArgumentException("cross-section table " + process + ": columns of unequal length");
        }
        for (int i = 0; i < masses.length; i++) {
            Checks.requireNonNegative(masses[i], "masses/" + i);
            Checks.requireNonNegative(sigmaFb[i], "sigmaFb/" + i);
            Checks.requireNonNegative(relativeUncertainty[i], "relativeUncertainty/" + i);
            if (i > 0 && masses[i] <= masses[i - 1]) {
                throw new IllegalArgumentException("masses/" + i + ": masses must increase");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrossSectionTable t && process.equals(t.process) && sqrts == t.sqrts
                && Arrays.equals(masses, t.masses) && Arrays.equals(sigmaFb, t.sigmaFb)
                && Arrays.equals(relativeUncertainty, t.relativeUncertainty);
    }

    @Override
    public int hashCode() {
        return process.hashCode() * 31 + Arrays.hashCode(masses);
    }

    @Override
    public String toString() {
        return "CrossSectionTable[" + process + " @" + sqrts + " TeV, " + masses.length + " points]";
    }
}
