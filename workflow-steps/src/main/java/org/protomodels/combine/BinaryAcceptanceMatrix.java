package org.protomodels.combine;

import java.util.Arrays;

/**
 * Which results may be multiplied into one likelihood: entry (i, j) true when results i and j are combinable.
 * Symmetric, false on the diagonal (PathFinder's "BAM"). Rows are kept as bit sets for the clique search.
 */
public final class BinaryAcceptanceMatrix {
    private final int size;
    private final long[][] rows;

    private BinaryAcceptanceMatrix(int size, long[][] rows) {
        this.size = size;
        this.rows = rows;
    }

    /** From a boolean matrix; it must be square, symmetric and false on the diagonal. */
    public static BinaryAcceptanceMatrix of(boolean[][] combinable) {
        int n = combinable.length;
        int words = (n + 63) >>> 6;
        long[][] rows = new long[n][words];
        for (int i = 0; i < n; i++) {
            if (combinable[i].length != n) {
                throw new IllegalArgumentException("combinable/" + i + ": row has " + combinable[i].length + " entries, expected " + n);
            }
            if (combinable[i][i]) {
                throw new IllegalArgumentException("combinable/" + i + "/" + i + ": a result is never combinable with itself");
            }
            for (int j = 0; j < n; j++) {
                if (combinable[i][j] != combinable[j][i]) {
                    throw new IllegalArgumentException("combinable/" + i + "/" + j + ": not symmetric");
                }
                if (combinable[i][j]) {
                    rows[i][j >>> 6] |= 1L << (j & 63);
                }
            }
        }
        return new BinaryAcceptanceMatrix(n, rows);
    }

    public int size() {
        return size;
    }

    public boolean combinable(int i, int j) {
        return (rows[i][j >>> 6] & (1L << (j & 63))) != 0;
    }

    /** The neighbours of {@code i} as a bit set (do not modify). */
    long[] row(int i) {
        return rows[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryAcceptanceMatrix b && b.size == size && Arrays.deepEquals(rows, b.rows);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(rows);
    }
}
