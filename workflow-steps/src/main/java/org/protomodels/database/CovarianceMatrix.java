package org.protomodels.database;

import java.util.Arrays;
import java.util.List;

/**
 * The background covariance of an analysis's signal regions, rows in {@code datasetOrder}.
 * Square, symmetric (relative 1e-6) and positive definite, or it is refused.
 */
public record CovarianceMatrix(List<String> datasetOrder, double[][] matrix) {
    public CovarianceMatrix {
        datasetOrder = Checks.copy(datasetOrder, "datasetOrder");
        int n = datasetOrder.size();
        if (new java.util.HashSet<>(datasetOrder).size() != n) {
            throw new IllegalArgumentException("datasetOrder: names a dataset twice");
        }
        if (matrix.length != n) {
            throw new IllegalArgumentException("covariance: " + matrix.length + " rows for " + n + " datasets in datasetOrder");
        }
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("covariance/" + i + ": row has " + matrix[i].length + " entries, expected " + n + " (not square)");
            }
            for (int j = 0; j < n; j++) {
                Checks.requireFinite(matrix[i][j], "covariance/" + i + "/" + j);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double a = matrix[i][j];
                double b = matrix[j][i];
                if (Math.abs(a - b) > 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300) {
                    throw new IllegalArgumentException("covariance/" + i + "/" + j + ": not symmetric (" + a + " vs " + b + ")");
                }
            }
        }
        double pivot = choleskyMinPivot(matrix);
        if (!(pivot > 0)) {
            throw new IllegalArgumentException("covariance: not positive definite (Cholesky pivot " + pivot + ")");
        }
    }

    /** The smallest Cholesky pivot (<= 0 means not positive definite). */
    static double choleskyMinPivot(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            min = Math.min(min, d);
            if (!(d > 0)) {
                return d;
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return min;
    }

    public int size() {
        return datasetOrder.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CovarianceMatrix c && datasetOrder.equals(c.datasetOrder) && Arrays.deepEquals(matrix, c.matrix);
    }

    @Override
    public int hashCode() {
        return 31 * datasetOrder.hashCode() + Arrays.deepHashCode(matrix);
    }

    @Override
    public String toString() {
        return "CovarianceMatrix[" + datasetOrder.size() + "x" + datasetOrder.size() + "]";
    }
}
