package org.protomodels.walk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.protomodels.io.Yaml;
import org.protomodels.step.InvalidInputException;
import org.protomodels.step.UsageException;

/**
 * The walk constants of one profile (section {@code walk} of {@code profiles/<name>.yaml}, spec 2). Every number
 * of the moves, the acceptance rule and the mu-hat loop comes from here; nothing is hard-coded in the walker.
 */
public record WalkSettings(String profile, Acceptance acceptance, double initialK, double maxMass, double lspMinMass,
                           double lspInitialMassMin, double lspInitialMassMax, Map<Integer, Double> walls,
                           double corridorMaxMass, double corridorMinSplitting, double corridorMaxSplitting,
                           double unfreezeWidth, double unfreezeBase, double freezeWidth, double freezeBase,
                           double freezeMostMassive, double changeBranchings, double changeSsms, double ssmOneParticle,
                           double changeMassAfterOtherMoves, double massStep, double massStepGrowth, int massTries,
                           double offshellStart, double offshellPartnerMove, double offshellPartnerMoveFromOffshell,
                           double mergeDistance, boolean freezeNotInCombination, double muHatTolerance,
                           int muHatIterations, double ssmChangeCap, double ssmRescaleCap, boolean gluinoThreeBody) {
    public WalkSettings {
        if (profile == null || profile.isBlank()) {
            throw new IllegalArgumentException("profile: must be named");
        }
        walls = Map.copyOf(walls);
        if (!(lspMinMass > 0) || !(lspInitialMassMin >= lspMinMass) || !(lspInitialMassMax > lspInitialMassMin)
                || !(maxMass > lspInitialMassMax)) {
            throw new IllegalArgumentException("walk masses: need 0 < lspMinMass <= lspInitialMassMin < lspInitialMassMax < maxMass");
        }
        if (massTries < 1 || muHatIterations < 1) {
            throw new IllegalArgumentException("massTries, muHatIterations: must be >= 1");
        }
        if (!(massStep > 0) || !(massStepGrowth >= 1) || !(mergeDistance >= 0) || !(muHatTolerance > 0)) {
            throw new IllegalArgumentException("massStep > 0, massStepGrowth >= 1, mergeDistance >= 0, muHatTolerance > 0 required");
        }
    }

    /** The acceptance rules of spec 2.6 (and the optional reversible-jump variant of 2.7). */
    public enum Acceptance {
        /** v1: take if K rises, else with probability exp(dK/2); no critic veto. */
        METROPOLIS("metropolis"),
        /** v2: Metropolis and every accepted proposal must pass both critics. */
        METROPOLIS_CRITICS("metropolis-critics");

        private final String label;

        Acceptance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Acceptance of(String label, String where) {
            for (Acceptance a : values()) {
                if (a.label.equals(label)) {
                    return a;
                }
            }
            throw new InvalidInputException(where, "/walk/acceptance", "unknown acceptance rule '" + label
                    + "' (metropolis, metropolis-critics)");
        }
    }

    /** The built-in profile {@code name} (paper2020, v2), or a profile YAML file when {@code name} ends in .yaml. */
    public static WalkSettings load(String name) {
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            Path p = Path.of(name);
            if (!Files.isRegularFile(p)) {
                throw new UsageException("--profile " + name + ": no such file");
            }
            return of(Yaml.readTree(p), p.toString());
        }
        String res = "/org/protomodels/profiles/" + name + ".yaml";
        try (InputStream in = WalkSettings.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new UsageException("--profile " + name + ": unknown profile (paper2020, v2, or a .yaml file)");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return of(Yaml.readAll(text, "profiles/" + name + ".yaml").get(0), "profiles/" + name + ".yaml");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in profile " + res, e);
        }
    }

    /** The walk section of a resolved combine profile (shipped, user file with {@code base:}, overrides). */
    public static WalkSettings of(org.protomodels.combine.Profile profile) {
        var doc = org.protomodels.io.Json.mapper().createObjectNode();
        doc.put("name", profile.name());
        doc.set("walk", org.protomodels.io.Json.mapper().valueToTree(profile.walk()));
        return of(doc, "profile " + profile.name());
    }

    /** Binds the {@code name} and {@code walk} section of a profile document; faults name the file and pointer. */
    public static WalkSettings of(JsonNode doc, String file) {
        JsonNode w = doc.path("walk");
        if (!w.isObject()) {
            throw new InvalidInputException(file, "/walk", "missing walk section");
        }
        String name = doc.path("name").asText(null);
        if (name == null) {
            throw new InvalidInputException(file, "/name", "missing profile name");
        }
        Reader r = new Reader(w, file);
        Map<Integer, Double> walls = new TreeMap<>();
        JsonNode wn = w.path("walls");
        wn.fieldNames().forEachRemaining(k -> {
            try {
                walls.put(Integer.parseInt(k), r.num(wn, k, "/walk/walls/" + k));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file, "/walk/walls/" + k, "not a PDG id");
            }
        });
        JsonNode c = w.path("stopCorridor");
        return new WalkSettings(name, Acceptance.of(w.path("acceptance").asText(""), file), r.num("initialK"),
                r.num("maxMass"), r.num("lspMinMass"), r.num("lspInitialMassMin"), r.num("lspInitialMassMax"), walls,
                r.num(c, "maxMass", "/walk/stopCorridor/maxMass"), r.num(c, "minSplitting", "/walk/stopCorridor/minSplitting"),
                r.num(c, "maxSplitting", "/walk/stopCorridor/maxSplitting"),
                r.num("unfreezeWidth"), r.num("unfreezeBase"), r.num("freezeWidth"), r.num("freezeBase"),
                r.prob("freezeMostMassive"), r.prob("changeBranchings"), r.prob("changeSsms"), r.prob("ssmOneParticle"),
                r.prob("changeMassAfterOtherMoves"), r.num("massStep"), r.num("massStepGrowth"), (int) r.num("massTries"),
                r.prob("offshellStart"), r.prob("offshellPartnerMove"), r.prob("offshellPartnerMoveFromOffshell"),
                r.num("mergeDistance"), r.bool("freezeNotInCombination"), r.num("muHatTolerance"),
                (int) r.num("muHatIterations"), r.num("ssmChangeCap"), r.num("ssmRescaleCap"), r.bool("gluinoThreeBody"));
    }

    private record Reader(JsonNode w, String file) {
        double num(String key) {
            return num(w, key, "/walk/" + key);
        }

        double num(JsonNode node, String key, String ptr) {
            JsonNode v = node.get(key);
            if (v == null || !v.isNumber()) {
                throw new InvalidInputException(file, ptr, "missing or not a number");
            }
            return v.asDouble();
        }

        double prob(String key) {
            double p = num(key);
            if (!(p >= 0 && p <= 1)) {
                throw new InvalidInputException(file, "/walk/" + key, "a probability must be in [0, 1], got " + p);
            }
            return p;
        }

        boolean bool(String key) {
            JsonNode v = w.get(key);
            if (v == null || !v.isBoolean()) {
                throw new InvalidInputException(file, "/walk/" + key, "missing or not true/false");
            }
            return v.asBoolean();
        }
    }

    /** The mass wall of a particle (GeV; 0 when none). */
    public double wall(int pdg) {
        return walls.getOrDefault(pdg, 0.0);
    }

    /** Stop corridor of spec 1.2: m <= maxMass and minSplitting < m - m_LSP < maxSplitting. */
    public boolean inStopCorridor(double mStop, double mLsp) {
        double d = mStop - mLsp;
        return mStop <= corridorMaxMass && d > corridorMinSplitting && d < corridorMaxSplitting;
    }
}
