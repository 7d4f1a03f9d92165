package org.protomodels.stats.simplified;

import java.util.Arrays;
import java.util.List;
import org.protomodels.step.InvalidInputException;

/**
 * The inputs of a (simplified) counting likelihood: per signal region the observed count, the expected
 * background, the background covariance, optional third moments (SLv2) and the predicted signal yields at mu = 1.
 * Validated on construction; every problem names the source file and the field (JSON-pointer style).
 *
 * @param source              the file (or other origin) the numbers came from, used in error messages
 * @param regionNames         signal-region names in covariance order (may be empty: then "SR0", "SR1", ...)
 * @param observed            observed counts n_i (finite, >= 0; non-integer allowed for Asimov data)
 * @param background          expected backgrounds b_i (finite, >= 0)
 * @param covariance          background covariance V (square, symmetric, positive definite)
 * @param thirdMoments        third central moments m3_i of the background (SLv2), or null for SLv1
 * @param signal              signal yields s_i at mu = 1 (finite, >= 0)
 * @param signalRelativeError relative signal uncertainty delta_s (SModelS deltas_rel; only the starting point of
 *                            the theta fit in SModelS 3.x, and the marginalised likelihoods)
 */
public record ModelInput(String source, List<String> regionNames, double[] observed, double[] background,
        double[][] covariance, double[] thirdMoments, double[] signal, double signalRelativeError) {

    /** SModelS's default relative signal uncertainty ({@code runtime._deltas_rel_default}). */
    public static final double DEFAULT_SIGNAL_RELATIVE_ERROR = 0.2;

    public ModelInput {
        String src = source == null ? "<input>" : source;
        source = src;
        if (observed == null) {
            throw new InvalidInputException(src, "/observed", "missing");
        }
        int n = observed.length;
        if (n == 0) {
            throw new InvalidInputException(src, "/observed", "no signal regions");
        }
        regionNames = regionNames == null ? List.of() : List.copyOf(regionNames);
        if (!regionNames.isEmpty() && regionNames.size() != n) {
            throw new InvalidInputException(src, "/regionNames",
                    regionNames.size() + " names for " + n + " signal regions");
        }
        observed = counts(src, "observed", observed, n);
        background = counts(src, "background", background, n);
        signal = counts(src, "signal", signal, n);
        covariance = covariance(src, covariance, n);
        if (thirdMoments != null) {
            thirdMoments = finite(src, "thirdMoments", thirdMoments, n);
        }
        if (!Double.isFinite(signalRelativeError) || signalRelativeError < 0) {
            throw new InvalidInputException(src, "/signalRelativeError",
                    "must be finite and >= 0, got " + signalRelativeError);
        }
    }

    /** SLv1 (covariance only), SModelS default signal error. */
    public static ModelInput of(double[] observed, double[] background, double[][] covariance, double[] signal) {
        return new ModelInput("<input>", List.of(), observed, background, covariance, null, signal,
                DEFAULT_SIGNAL_RELATIVE_ERROR);
    }

    /** One signal region with an uncorrelated background error. */
    public static ModelInput singleRegion(double observed, double background, double backgroundError, double signal) {
        if (!Double.isFinite(backgroundError) || backgroundError <= 0) {
            throw new InvalidInputException("<input>", "/bgError/0", "must be finite and > 0, got " + backgroundError);
        }
        return of(new double[] {observed}, new double[] {background},
                new double[][] {{backgroundError * backgroundError}}, new double[] {signal});
    }

    /** Uncorrelated backgrounds given as errors: V = diag(bgError^2). */
    public static ModelInput fromErrors(String source, double[] observed, double[] background, double[] bgError,
            double[] signal) {
        if (bgError == null || observed == null || bgError.length != observed.length) {
            throw new InvalidInputException(source, "/bgError", "must have one entry per signal region");
        }
        double[][] v = new double[bgError.length][bgError.length];
        for (int i = 0; i < bgError.length; i++) {
            if (!Double.isFinite(bgError[i]) || bgError[i] <= 0) {
                throw new InvalidInputException(source, "/bgError/" + i, "must be finite and > 0, got " + bgError[i]);
            }
            v[i][i] = bgError[i] * bgError[i];
        }
        return new ModelInput(source, List.of(), observed, background, v, null, signal, DEFAULT_SIGNAL_RELATIVE_ERROR);
    }

    /** The same model with third moments (SLv2). */
    public ModelInput withThirdMoments(double[] m3) {
        return new ModelInput(source, regionNames, observed, background, covariance, m3, signal, signalRelativeError);
    }

    /** The same model with other observations (a priori / a posteriori / Asimov data). */
    public ModelInput withObserved(double[] newObserved) {
        return new ModelInput(source, regionNames, newObserved, background, covariance, thirdMoments, signal,
                signalRelativeError);
    }

    /** The same model with other signal yields. */
    public ModelInput withSignal(double[] newSignal) {
        return new ModelInput(source, regionNames, observed, background, covariance, thirdMoments, newSignal,
                signalRelativeError);
    }

    public ModelInput withSignalRelativeError(double deltaS) {
        return new ModelInput(source, regionNames, observed, background, covariance, thirdMoments, signal, deltaS);
    }

    public ModelInput withSource(String newSource, List<String> names) {
        return new ModelInput(newSource, names, observed, background, covariance, thirdMoments, signal,
                signalRelativeError);
    }

    public int size() {
        return observed.length;
    }

    /** The name of signal region i, for messages. */
    public String regionName(int i) {
        return regionNames.isEmpty() ? "SR" + i : regionNames.get(i);
    }

    /** Third moments present and not all (numerically) zero, as SModelS decides SLv2. */
    public boolean isSecondOrder() {
        if (thirdMoments == null) {
            return false;
        }
        double sum = 0;
        for (double m : thirdMoments) {
            sum += Math.abs(m);
        }
        return sum >= 1e-10;
    }

    // accessors return copies: the record stays immutable
    @Override
    public double[] observed() {
        return observed.clone();
    }

    @Override
    public double[] background() {
        return background.clone();
    }

    @Override
    public double[] signal() {
        return signal.clone();
    }

    @Override
    public double[] thirdMoments() {
        return thirdMoments == null ? null : thirdMoments.clone();
    }

    @Override
    public double[][] covariance() {
        double[][] c = new double[covariance.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = covariance[i].clone();
        }
        return c;
    }

    double observed(int i) {
        return observed[i];
    }

    double background(int i) {
        return background[i];
    }

    double signal(int i) {
        return signal[i];
    }

    double covariance(int i, int j) {
        return covariance[i][j];
    }

    double thirdMoment(int i) {
        return thirdMoments[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelInput m && source.equals(m.source) && regionNames.equals(m.regionNames)
                && Arrays.equals(observed, m.observed) && Arrays.equals(background, m.background)
                && Arrays.deepEquals(covariance, m.covariance) && Arrays.equals(thirdMoments, m.thirdMoments)
                && Arrays.equals(signal, m.signal) && signalRelativeError == m.signalRelativeError;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(observed) * 31 + Arrays.hashCode(signal);
    }

    @Override
    public String toString() {
        return "ModelInput[" + source + ", n=" + Arrays.toString(observed) + ", b=" + Arrays.toString(background)
                + ", s=" + Arrays.toString(signal) + (thirdMoments != null ? ", m3=" + Arrays.toString(thirdMoments) : "")
                + "]";
    }

    private static double[] counts(String src, String field, double[] v, int n) {
        double[] c = finite(src, field, v, n);
        for (int i = 0; i < n; i++) {
            if (c[i] < 0) {
                throw new InvalidInputException(src, "/" + field + "/" + i, "negative count " + c[i]);
            }
        }
        return c;
    }

    private static double[] finite(String src, String field, double[] v, int n) {
        if (v == null) {
            throw new InvalidInputException(src, "/" + field, "missing");
        }
        if (v.length != n) {
            throw new InvalidInputException(src, "/" + field, v.length + " entries for " + n + " signal regions");
        }
        double[] c = v.clone();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(c[i])) {
                throw new InvalidInputException(src, "/" + field + "/" + i, "not a finite number: " + c[i]);
            }
        }
        return c;
    }

    private static double[][] covariance(String src, double[][] v, int n) {
        if (v == null) {
            throw new InvalidInputException(src, "/covariance", "missing");
        }
        if (v.length != n) {
            throw new InvalidInputException(src, "/covariance", v.length + " rows for " + n + " signal regions");
        }
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            if (v[i] == null || v[i].length != n) {
                throw new InvalidInputException(src, "/covariance/" + i,
                        "row has " + (v[i] == null ? 0 : v[i].length) + " entries, expected " + n + " (not square)");
            }
            c[i] = v[i].clone();
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(c[i][j])) {
                    throw new InvalidInputException(src, "/covariance/" + i + "/" + j, "not a finite number: " + c[i][j]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double a = c[i][j];
                double b = c[j][i];
                if (Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b))) {
                    throw new InvalidInputException(src, "/covariance/" + i + "/" + j,
                            "not symmetric (" + a + " vs [" + j + "][" + i + "] " + b + ")");
                }
            }
        }
        double[] work = new double[n * n];
        double pivot = Linear.cholesky(c, work, n);
        if (!(pivot > 0)) {
            throw new InvalidInputException(src, "/covariance",
                    "not positive definite (smallest Cholesky pivot " + pivot + ")");
        }
        return c;
    }
}
