package org.protomodels.combine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.protomodels.io.Json;
import org.protomodels.io.Yaml;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;
import org.protomodels.step.UsageException;

/**
 * Every constant of the combine stage (and, kept raw, of the walk): one of the shipped profiles
 * ({@code paper2020}, {@code v2}, our {@code efficient}; resources {@code org/protomodels/profiles/<name>.yaml}) or a user YAML file of the
 * same shape, with {@code profile.<section>.<key>=value} overrides. Keys are those of the YAML files; the
 * {@code walk} section is not interpreted here.
 */
public record Profile(String name, Predictions predictions, Combination combination, TestStatistic teststatistic,
                      Prior prior, Penalties penalties, Critics critics, Map<String, Object> walk) {
    /** The shipped profiles: the reference's two, and our {@code efficient} (base v2, a faster-converging walk). */
    public static final List<String> BUILTIN = List.of("paper2020", "v2", "efficient");

    public Profile {
        requireText(name, "name");
        require(predictions, "predictions");
        require(combination, "combination");
        require(teststatistic, "teststatistic");
        require(prior, "prior");
        require(penalties, "penalties");
        require(critics, "critics");
        walk = walk == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(walk));
    }

    /** Which predictions enter and how (spec 3.3, 4.1, 5.2). */
    public record Predictions(String upperLimits, boolean combinedResults, String srPreselection, double signalUncertainty) {
        public Predictions {
            if (!"truncated-gaussian".equals(upperLimits) && !"critic-only".equals(upperLimits)) {
                throw new IllegalArgumentException("predictions.upperLimits: 'truncated-gaussian' or 'critic-only', got '" + upperLimits + "'");
            }
            requireText(srPreselection, "predictions.srPreselection");
            if (!"best-expected".equals(srPreselection)) {
                double f = parseFraction(srPreselection);
                if (!(f >= 0 && f <= 1)) {
                    throw new IllegalArgumentException("predictions.srPreselection: 'best-expected' or a fraction in [0,1], got '" + srPreselection + "'");
                }
            }
            requireNonNegative(signalUncertainty, "predictions.signalUncertainty");
        }

        /** UL maps enter the combination through truncated Gaussians (paper2020). */
        public boolean upperLimitsInCombination() {
            return "truncated-gaussian".equals(upperLimits);
        }

        public boolean bestExpected() {
            return "best-expected".equals(srPreselection);
        }

        /** The 5 % bound of spec 5.2 (NaN for best-expected). */
        public double preselectionFraction() {
            return bestExpected() ? Double.NaN : parseFraction(srPreselection);
        }

        private static double parseFraction(String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }

    /** PathFinder settings (spec 5.4). */
    public record Combination(String pathfinder, int sources) {
        public Combination {
            if (!"exact".equals(pathfinder) && !"protomodels-v2".equals(pathfinder)) {
                throw new IllegalArgumentException("combination.pathfinder: 'exact' or 'protomodels-v2', got '" + pathfinder + "'");
            }
            if (sources < 1) {
                throw new IllegalArgumentException("combination.sources: must be >= 1, got " + sources);
            }
        }

        public PathFinder.Mode mode() {
            return "exact".equals(pathfinder) ? PathFinder.Mode.EXACT : PathFinder.Mode.PROTOMODELS_V2;
        }
    }

    /** {@code tl}: K = TL + 2 ln(pi x penalties); {@code z2}: K = Z^2 + 2 ln pi (spec 6.1). */
    public record TestStatistic(String form) {
        public TestStatistic {
            if (!"tl".equals(form) && !"z2".equals(form)) {
                throw new IllegalArgumentException("teststatistic.form: 'tl' or 'z2', got '" + form + "'");
            }
        }

        public boolean z2() {
            return "z2".equals(form);
        }
    }

    /** pi = exp(-(n_p/a1 + n_BR/a2 + n_SSM/a3)) and the counting tolerances (spec 6.2). */
    public record Prior(double a1, double a2, double a3, double brMinimum, double brTolerance, double ssmMinimum,
                        double ssmTolerance, double ssmDuplicateWeight, double relevantXsecFb) {
        public Prior {
            requirePositive(a1, "prior.a1");
            requirePositive(a2, "prior.a2");
            requirePositive(a3, "prior.a3");
            requireNonNegative(brMinimum, "prior.brMinimum");
            requireNonNegative(brTolerance, "prior.brTolerance");
            requireNonNegative(ssmMinimum, "prior.ssmMinimum");
            requireNonNegative(ssmTolerance, "prior.ssmTolerance");
            requireNonNegative(ssmDuplicateWeight, "prior.ssmDuplicateWeight");
            requireNonNegative(relevantXsecFb, "prior.relevantXsecFb");
        }
    }

    /** The extra factors of the newer code (spec 6.3). */
    public record Penalties(boolean enabled, double noPredictions, double singleExperiment, double extremeSsmLow,
                            double extremeSsmHigh, double extremeSsmSlope, double extremeSsmFloor, boolean leptonFlavour) {
        public Penalties {
            requireNonNegative(noPredictions, "penalties.noPredictions");
            requireNonNegative(singleExperiment, "penalties.singleExperiment");
            requirePositive(extremeSsmLow, "penalties.extremeSsmLow");
            requirePositive(extremeSsmHigh, "penalties.extremeSsmHigh");
            requirePositive(extremeSsmSlope, "penalties.extremeSsmSlope");
            requireNonNegative(extremeSsmFloor, "penalties.extremeSsmFloor");
        }
    }

    public record Critics(MuMax muMax, Fast fast, Slow slow) {
        public Critics {
            require(muMax, "critics.muMax");
            require(fast, "critics.fast");
            require(slow, "critics.slow");
        }
    }

    /** spec 7.1. */
    public record MuMax(boolean enabled, double leeway, double safety, double undefinedR) {
        public MuMax {
            requirePositive(leeway, "critics.muMax.leeway");
            requirePositive(safety, "critics.muMax.safety");
            requirePositive(undefinedR, "critics.muMax.undefinedR");
        }
    }

    /** spec 7.2. */
    public record Fast(boolean enabled, double sensitivity, double rThreshold, double p, double cdfLevel, double undefinedR) {
        public Fast {
            requireNonNegative(sensitivity, "critics.fast.sensitivity");
            requireNonNegative(rThreshold, "critics.fast.rThreshold");
            if (!(p > 0 && p < 1)) {
                throw new IllegalArgumentException("critics.fast.p: must be in (0,1), got " + p);
            }
            if (!(cdfLevel > 0 && cdfLevel < 1)) {
                throw new IllegalArgumentException("critics.fast.cdfLevel: must be in (0,1), got " + cdfLevel);
            }
            requirePositive(undefinedR, "critics.fast.undefinedR");
        }
    }

    /** spec 7.3. */
    public record Slow(boolean enabled, double minExpectedR, double rThreshold) {
        public Slow {
            requireNonNegative(minExpectedR, "critics.slow.minExpectedR");
            requirePositive(rThreshold, "critics.slow.rThreshold");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // loading

    /** A shipped profile by name. */
    public static Profile builtin(String name) {
        return builtin(name, Map.of());
    }

    public static Profile builtin(String name, Map<String, String> overrides) {
        return bind(builtinTree(name), overrides, "profile " + name);
    }

    /** {@code paper2020}, {@code v2}, {@code efficient} or the path of a YAML file; with {@code profile.<section>.<key>} overrides. */
    public static Profile resolve(String nameOrFile, Map<String, String> overrides) {
        if (nameOrFile == null || BUILTIN.contains(nameOrFile)) {
            return builtin(nameOrFile == null ? "v2" : nameOrFile, overrides);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--profile " + nameOrFile + ": neither a shipped profile (" + String.join(", ", BUILTIN)
                    + ") nor an existing YAML file");
        }
        return load(file, overrides);
    }

    /** A user profile file: a complete profile, or a partial one starting from {@code base: paper2020|v2|efficient}. */
    public static Profile load(Path file, Map<String, String> overrides) {
        ObjectNode tree = document(file);
        try {
            return bind(tree, overrides, file.toString());
        } catch (UsageException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInputException(file.toString(), "", String.valueOf(e.getMessage()));
        }
    }

    /** A user profile file as one complete document: its {@code base:} resolved, unknown keys refused. */
    public static ObjectNode document(Path file) {
        JsonNode doc = Yaml.readTree(file);
        if (!doc.isObject()) {
            throw new InvalidInputException(file.toString(), "", "a profile is a mapping of sections");
        }
        if (!doc.has("base")) {
            return (ObjectNode) doc;
        }
        String base = doc.get("base").asText();
        if (!BUILTIN.contains(base)) {
            throw new InvalidInputException(file.toString(), "/base", "unknown base profile '" + base + "' (known: "
                    + String.join(", ", BUILTIN) + ")");
        }
        ObjectNode tree = builtinTree(base);
        ObjectNode d = ((ObjectNode) doc).deepCopy();
        d.remove("base");
        merge(tree, d, file.toString(), "");
        return tree;
    }

    private static void merge(ObjectNode into, ObjectNode from, String file, String at) {
        var names = new java.util.ArrayList<String>();
        from.fieldNames().forEachRemaining(names::add);
        for (String k : names) {
            JsonNode v = from.get(k);
            JsonNode old = into.get(k);
            if (old == null && !at.startsWith("/walk")) {
                throw new InvalidInputException(file, at + "/" + k, "unknown profile key");
            }
            if (old instanceof ObjectNode o && v instanceof ObjectNode n) {
                merge(o, n, file, at + "/" + k);
            } else {
                into.set(k, v);
            }
        }
    }

    /** The complete document of a shipped profile, its {@code base:} resolved (for the walk's own binder). */
    public static ObjectNode builtinDocument(String name) {
        return builtinTree(name).deepCopy();
    }

    static ObjectNode builtinTree(String name) {
        if (!BUILTIN.contains(name)) {
            throw new UsageException("--profile " + name + ": unknown profile (known: " + String.join(", ", BUILTIN) + ")");
        }
        String res = "/org/protomodels/profiles/" + name + ".yaml";
        ObjectNode doc;
        try (InputStream in = Profile.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("profile resource missing from the jar: " + res);
            }
            doc = (ObjectNode) Yaml.readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8), res).get(0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + res + ": " + e.getMessage(), e);
        }
        if (!doc.has("base")) {
            return doc;
        }
        // a shipped profile may start from another one, as user profiles do (efficient: base v2)
        String base = doc.get("base").asText();
        if (base.equals(name) || !BUILTIN.contains(base)) {
            throw new IllegalStateException(res + ": base must be another shipped profile, got '" + base + "'");
        }
        ObjectNode tree = builtinTree(base);
        doc.remove("base");
        merge(tree, doc, res, "");
        return tree;
    }

    private static Profile bind(ObjectNode tree, Map<String, String> overrides, String source) {
        ObjectNode t = tree.deepCopy();
        for (var e : new java.util.TreeMap<>(overrides).entrySet()) {
            String key = e.getKey().startsWith("profile.") ? e.getKey().substring("profile.".length()) : e.getKey();
            String[] path = key.split("\\.");
            ObjectNode at = t;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode next = at.get(path[i]);
                if (!(next instanceof ObjectNode o)) {
                    throw new UsageException("--param " + e.getKey() + ": unknown profile key (no section '" + path[i] + "')");
                }
                at = o;
            }
            String leaf = path[path.length - 1];
            if (!at.has(leaf) || at.get(leaf).isObject()) {
                throw new UsageException("--param " + e.getKey() + ": unknown profile key '" + key + "'");
            }
            JsonNode value = Yaml.readAll(e.getValue(), "--param " + e.getKey()).get(0);
            at.set(leaf, value);
        }
        try {
            return Json.treeToValue(t, Profile.class, source);
        } catch (RuntimeException ex) {
            Throwable c = ex;
            while (c.getCause() != null && !(c instanceof IllegalArgumentException)) {
                c = c.getCause();
            }
            throw new UsageException(source + ": " + (c instanceof IllegalArgumentException ? c.getMessage() : ex.getMessage()));
        }
    }

    /** The profile as a plain tree (for manifests and score.json). */
    public Map<String, Object> toMap() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = Json.mapper().convertValue(this, Map.class);
        return m;
    }

    private static void require(Object o, String field) {
        if (o == null) {
            throw new IllegalArgumentException(field + ": missing");
        }
    }

    private static void requireText(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(field + ": missing");
        }
    }

    private static void requirePositive(double v, String field) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(field + ": must be finite and > 0, got " + v);
        }
    }

    private static void requireNonNegative(double v, String field) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(field + ": must be finite and >= 0, got " + v);
        }
    }

    @Override
    public String toString() {
        return "Profile[" + name.toLowerCase(Locale.ROOT) + "]";
    }
}
