package org.protomodels.walk;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
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
                           int muHatIterations, double ssmChangeCap, double ssmRescaleCap, boolean gluinoThreeBody,
                           Schedule schedule) {
    public WalkSettings {
        if (profile == null || profile.isBlank()) {
            throw new IllegalArgumentException("profile: must be named");
        }
        schedule = schedule == null ? Schedule.REFERENCE : schedule;
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

    /**
     * The optional move-schedule keys of our {@code efficient} profile (not in the reference). Their defaults are the
     * reference's behaviour, and at those defaults no extra random number is drawn, so profiles without these keys
     * walk exactly as before.
     *
     * @param unfreezeMaxProbability cap on the unfreeze probability once more than the LSP is unfrozen (1: none)
     * @param massRedraw             probability that a mass move draws the new mass uniformly in its interval
     * @param massLocalStep          probability of a local mass step m (1 + massLocalWidth x N(0, 1)) instead
     * @param massLocalWidth         relative width of that local step
     * @param massShiftAll           probability that a mass move shifts every mass by one amount (splittings kept)
     * @param restartAfter           steps without a rise of the walker's best K after which it restarts from a
     *                               fresh LSP-only model (0: never)
     * @param restartMinRise         how much the best K since the last restart must rise to count as a rise
     * @param undefinedRetries       further proposals within one step while K is undefined (0: the step counts)
     */
    public record Schedule(double unfreezeMaxProbability, double massRedraw, double massLocalStep, double massLocalWidth,
                           double massShiftAll, int restartAfter, double restartMinRise, int undefinedRetries) {
        /** The reference: no cap, only the uniform step of spec 2.2 move 5, no restarts, no retries. */
        public static final Schedule REFERENCE = new Schedule(1, 0, 0, 0.05, 0, 0, 0, 0);

        public Schedule {
            for (double p : new double[] {unfreezeMaxProbability, massRedraw, massLocalStep, massShiftAll}) {
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("schedule probabilities must be in [0, 1]");
                }
            }
            if (!(massLocalWidth > 0) || !Double.isFinite(massLocalWidth)) {
                throw new IllegalArgumentException("massLocalWidth: must be finite and > 0");
            }
            if (restartAfter < 0 || undefinedRetries < 0 || !(restartMinRise >= 0) || !Double.isFinite(restartMinRise)) {
                throw new IllegalArgumentException("restartAfter >= 0, undefinedRetries >= 0, finite restartMinRise >= 0 required");
            }
        }

        public boolean restarts() {
            return restartAfter > 0;
        }
    }

    /** The acceptance rules of spec 2.6 (and the optional reversible-jump variant of 2.7). */
    public enum Acceptance {
        /** v1: take if K rises, else with probability exp(dK/2); no critic veto. */
        METROPOLIS("metropolis"),
        /** v2: Metropolis and every accepted proposal must pass both critics. */
        METROPOLIS_CRITICS("metropolis-critics"),
        /**
         * Ours (profile efficient): as metropolis-critics once the current model passes the critics; while it does
         * not, plain Metropolis on K (no veto), so a walker can cross critic-failing regions towards an allowed
         * maximum. Only critic-passing models enter the hiscores.
         */
        METROPOLIS_ALLOWED("metropolis-allowed");

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
                    + "' (metropolis, metropolis-critics, metropolis-allowed)");
        }
    }

    /** The built-in profile {@code name} (paper2020, v2, efficient), or a profile YAML file when {@code name} ends in .yaml. */
    public static WalkSettings load(String name) {
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            Path p = Path.of(name);
            if (!Files.isRegularFile(p)) {
                throw new UsageException("--profile " + name + ": no such file");
            }
            return of(org.protomodels.combine.Profile.document(p), p.toString()); // base: resolved
        }
        if (!org.protomodels.combine.Profile.BUILTIN.contains(name)) {
            throw new UsageException("--profile " + name + ": unknown profile ("
                    + String.join(", ", org.protomodels.combine.Profile.BUILTIN) + ", or a .yaml file)");
        }
        // through combine's loader, which resolves a shipped profile's base:
        return of(org.protomodels.combine.Profile.builtinDocument(name), "profiles/" + name + ".yaml");
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
                (int) r.num("muHatIterations"), r.num("ssmChangeCap"), r.num("ssmRescaleCap"), r.bool("gluinoThreeBody"),
                schedule(r));
    }

    /** The optional schedule keys; absent keys take the reference defaults. Faults name the key's pointer. */
    private static Schedule schedule(Reader r) {
        Schedule d = Schedule.REFERENCE;
        double width = r.optional("massLocalWidth", d.massLocalWidth());
        if (!(width > 0)) {
            throw new InvalidInputException(r.file(), "/walk/massLocalWidth", "must be > 0, got " + width);
        }
        int after = r.count("restartAfter", d.restartAfter());
        int retries = r.count("undefinedRetries", d.undefinedRetries());
        double rise = r.optional("restartMinRise", d.restartMinRise());
        if (!(rise >= 0)) {
            throw new InvalidInputException(r.file(), "/walk/restartMinRise", "must be >= 0, got " + rise);
        }
        return new Schedule(r.optionalProb("unfreezeMaxProbability", d.unfreezeMaxProbability()),
                r.optionalProb("massRedraw", d.massRedraw()), r.optionalProb("massLocalStep", d.massLocalStep()), width,
                r.optionalProb("massShiftAll", d.massShiftAll()), after, rise, retries);
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

        /** An optional key: its default when absent; present, a finite number. */
        double optional(String key, double fallback) {
            if (!w.has(key)) {
                return fallback;
            }
            double v = num(key);
            if (!Double.isFinite(v)) {
                throw new InvalidInputException(file, "/walk/" + key, "must be finite, got " + v);
            }
            return v;
        }

        /** An optional whole number >= 0. */
        int count(String key, int fallback) {
            double v = optional(key, fallback);
            if (!(v >= 0) || v != Math.rint(v) || v > Integer.MAX_VALUE) {
                throw new InvalidInputException(file, "/walk/" + key, "a whole number >= 0, got " + v);
            }
            return (int) v;
        }

        double optionalProb(String key, double fallback) {
            return w.has(key) ? prob(key) : fallback;
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
