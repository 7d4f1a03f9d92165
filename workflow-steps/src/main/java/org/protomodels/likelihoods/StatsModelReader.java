package org.protomodels.likelihoods;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.stats.simplified.ModelInput;
import org.protomodels.stats.simplified.TruncatedGaussian;
import org.protomodels.stats.spec.PatchSet;
import org.protomodels.stats.spec.PyhfSchemas;
import org.protomodels.stats.spec.Workspace;
import org.protomodels.stats.spec.WorkspaceReader;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * Reads a stats-model document: JSON syntax, the project schema, then the checks the likelihoods need (equal
 * lengths, a positive-definite covariance, SLv2 moments with 8 m2^3 >= m3^2, some signal). Every problem names
 * the file and the JSON pointer. pyhf workspaces and patches are paths relative to the document.
 */
public final class StatsModelReader {
    private final PyhfSchemas pyhfSchemas;

    private StatsModelReader(PyhfSchemas pyhfSchemas) {
        this.pyhfSchemas = pyhfSchemas;
    }

    /** A reader checking pyhf workspaces against {@code pyhfSchemas} (official or the structural stand-in). */
    public static StatsModelReader of(PyhfSchemas pyhfSchemas) {
        return new StatsModelReader(java.util.Objects.requireNonNull(pyhfSchemas, "pyhfSchemas"));
    }

    public StatsModel read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputMissingException("--model " + file + ": no such file");
        }
        JsonNode doc = Json.readTree(file);
        SchemaValidator.own().validateOwn(doc, file.toString());
        if (!"stats-model".equals(doc.get("kind").asText())) {
            throw new InvalidInputException(file, "/kind", "must be 'stats-model', got '" + doc.get("kind").asText() + "'");
        }
        JsonNode m = doc.get("model");
        String src = file.toString();
        return switch (m.get("type").asText()) {
            case "poisson-gauss" -> poissonGauss(m, src);
            case "truncated-gaussian" -> truncatedGauss(m, src);
            case "pyhf" -> pyhf(m, file);
            default -> throw new InvalidInputException(src, "/model/type", "unknown model type " + m.get("type"));
        };
    }

    private static StatsModel poissonGauss(JsonNode m, String src) {
        double[] n = counts(m, "observed", src);
        int size = n.length;
        double[] b = sameLength(counts(m, "background", src), size, "background", src);
        double[] s = sameLength(counts(m, "signal", src), size, "signal", src);
        boolean anySignal = false;
        for (double v : s) {
            anySignal |= v > 0;
        }
        if (!anySignal) {
            throw new InvalidInputException(src, "/model/signal", "all signal yields are zero: no limit on mu can be set");
        }
        double[][] cov;
        if (m.has("covariance")) {
            cov = covariance(m.get("covariance"), size, src);
        } else {
            double[] err = sameLength(numbers(m.get("backgroundError"), "/model/backgroundError", src), size,
                    "backgroundError", src);
            cov = new double[size][size];
            for (int i = 0; i < size; i++) {
                if (!(err[i] > 0)) {
                    throw new InvalidInputException(src, "/model/backgroundError/" + i, "must be > 0, got " + err[i]);
                }
                cov[i][i] = err[i] * err[i];
            }
        }
        double[] m3 = null;
        if (m.has("thirdMoments")) {
            m3 = sameLength(numbers(m.get("thirdMoments"), "/model/thirdMoments", src), size, "thirdMoments", src);
            for (int i = 0; i < size; i++) {
                double m2 = cov[i][i];
                if (8 * m2 * m2 * m2 < m3[i] * m3[i]) {
                    throw new InvalidInputException(src, "/model/thirdMoments/" + i, "SLv2 needs 8 m2^3 >= m3^2 (m2 = "
                            + m2 + " the variance, m3 = " + m3[i] + "): the skew is too large for the variance");
                }
            }
        }
        List<String> names = new ArrayList<>();
        if (m.has("regionNames")) {
            m.get("regionNames").forEach(x -> names.add(x.asText()));
            if (names.size() != size) {
                throw new InvalidInputException(src, "/model/regionNames", names.size() + " names for " + size + " regions");
            }
        }
        double deltaS = m.has("signalRelativeError") ? m.get("signalRelativeError").asDouble() : 0.0;
        return new StatsModel.PoissonGauss(new ModelInput(src, names, n, b, cov, m3, s, deltaS));
    }

    private static StatsModel truncatedGauss(JsonNode m, String src) {
        double ul = positive(m, "ulObserved", src);
        double eul = positive(m, "ulExpected", src);
        double sig = positive(m, "signal", src);
        TruncatedGaussian.Variant v = "paper2020".equals(m.path("variant").asText("smodels3"))
                ? TruncatedGaussian.Variant.PAPER2020 : TruncatedGaussian.Variant.SMODELS3;
        return new StatsModel.TruncatedGauss(ul, eul, sig, v);
    }

    private StatsModel pyhf(JsonNode m, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path ws = existing(dir, m.get("workspace").asText(), file, "/model/workspace");
        WorkspaceReader reader = WorkspaceReader.of(pyhfSchemas);
        Workspace w;
        String source = ws.toString();
        if (m.has("patch")) {
            Path patch = existing(dir, m.get("patch").asText(), file, "/model/patch");
            JsonNode p = Json.readTree(patch);
            if (p.isObject() && p.has("patches")) {
                if (!m.has("patchName")) {
                    throw new InvalidInputException(file, "/model/patchName", "the patch is a patchset: name the patch to apply");
                }
                PatchSet set = PatchSet.read(patch, pyhfSchemas);
                w = reader.read(ws, set, m.get("patchName").asText());
                source = ws + " + " + patch + "#" + m.get("patchName").asText();
            } else {
                if (m.has("patchName")) {
                    throw new InvalidInputException(file, "/model/patchName", "patchName is for patchsets; " + patch
                            + " is a plain JSON Patch");
                }
                w = reader.read(ws, patch);
                source = ws + " + " + patch;
            }
        } else {
            if (m.has("patchName")) {
                throw new InvalidInputException(file, "/model/patchName", "patchName without a patch");
            }
            w = reader.read(ws);
        }
        String measurement = m.has("measurement") ? m.get("measurement").asText() : null;
        if (measurement != null && w.measurements().stream().noneMatch(x -> x.name().equals(measurement))) {
            throw new InvalidInputException(file, "/model/measurement", "no measurement '" + measurement + "' in " + ws);
        }
        return new StatsModel.Pyhf(w, measurement, source);
    }

    private static Path existing(Path dir, String rel, Path file, String pointer) {
        Path p = dir.resolve(rel).normalize();
        if (!Files.isRegularFile(p)) {
            throw new InputMissingException(file + "#" + pointer + ": " + p + ": no such file");
        }
        return p;
    }

    private static double positive(JsonNode m, String field, String src) {
        double v = m.get(field).asDouble();
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new InvalidInputException(src, "/model/" + field, "must be finite and > 0, got " + m.get(field));
        }
        return v;
    }

    private static double[] counts(JsonNode m, String field, String src) {
        double[] v = numbers(m.get(field), "/model/" + field, src);
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                throw new InvalidInputException(src, "/model/" + field + "/" + i, "negative count " + v[i]);
            }
        }
        return v;
    }

    private static double[] sameLength(double[] v, int size, String field, String src) {
        if (v.length != size) {
            throw new InvalidInputException(src, "/model/" + field, v.length + " entries for " + size
                    + " signal regions (the length of /model/observed)");
        }
        return v;
    }

    private static double[] numbers(JsonNode arr, String pointer, String src) {
        double[] v = new double[arr.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = arr.get(i);
            if (!x.isNumber() || !Double.isFinite(x.asDouble())) {
                throw new InvalidInputException(src, pointer + "/" + i, "not a finite number: " + x);
            }
            v[i] = x.asDouble();
        }
        return v;
    }

    private static double[][] covariance(JsonNode c, int size, String src) {
        if (c.size() != size) {
            throw new InvalidInputException(src, "/model/covariance", c.size() + " rows for " + size + " signal regions");
        }
        double[][] v = new double[size][];
        for (int i = 0; i < size; i++) {
            v[i] = numbers(c.get(i), "/model/covariance/" + i, src);
            if (v[i].length != size) {
                throw new InvalidInputException(src, "/model/covariance/" + i, "row has " + v[i].length
                        + " entries, expected " + size + " (not square)");
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < i; j++) {
                double a = v[i][j];
                double b = v[j][i];
                if (Math.abs(a - b) > 1e-6 * Math.max(Math.abs(a), Math.abs(b))) {
                    throw new InvalidInputException(src, "/model/covariance/" + i + "/" + j, "not symmetric (" + a
                            + " vs /model/covariance/" + j + "/" + i + " = " + b + ")");
                }
            }
        }
        // Cholesky: the first non-positive pivot names the row where positive definiteness fails
        double[][] l = new double[size][size];
        for (int j = 0; j < size; j++) {
            double d = v[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 0)) {
                throw new InvalidInputException(src, "/model/covariance/" + j, "not positive definite (Cholesky pivot "
                        + d + " at row " + j + ")");
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < size; i++) {
                double s = v[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return v;
    }
}
