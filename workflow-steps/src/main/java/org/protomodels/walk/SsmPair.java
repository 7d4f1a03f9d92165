package org.protomodels.walk;

/** A production pair of signed PDG ids, sorted (pdg1 <= pdg2), the key of a signal-strength multiplier (spec 1.5). */
record SsmPair(int pdg1, int pdg2) implements Comparable<SsmPair> {
    SsmPair {
        if (pdg1 > pdg2) {
            throw new IllegalArgumentException("pdg1: pair must be sorted, got (" + pdg1 + ", " + pdg2 + ")");
        }
    }

    static SsmPair of(int a, int b) {
        return new SsmPair(Math.min(a, b), Math.max(a, b));
    }

    boolean involves(int absPdg) {
        return Math.abs(pdg1) == absPdg || Math.abs(pdg2) == absPdg;
    }

    /** Both ids are this particle (pair production), ignoring signs. */
    boolean isPairOf(int absPdg) {
        return Math.abs(pdg1) == absPdg && Math.abs(pdg2) == absPdg;
    }

    @Override
    public int compareTo(SsmPair o) {
        int c = Integer.compare(pdg1, o.pdg1);
        return c != 0 ? c : Integer.compare(pdg2, o.pdg2);
    }
}
