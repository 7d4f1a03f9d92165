package org.protomodels.predict.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A protomodel (spec 1): the masses of its unfrozen particles (GeV), the decays of every unstable one, and the
 * signal-strength multipliers per signed sorted production pair. A particle absent from {@code masses} is frozen.
 * {@code step} (optional) is the walker step it was produced at (SLHA comment, spec 12.5).
 *
 * <p>Rules checked here, each naming the JSON pointer: known PDG ids, finite positive masses, LSP 1000022 present
 * and lightest, every BSM daughter unfrozen and lighter than its mother, the channel kinematically open (sum of
 * daughter masses below the mother's, SM masses of spec 1.3), BRs in [0,1] summing to 1 within 1e-6 for every
 * unstable mother, no decays for the LSP, SSM pairs signed-sorted with known ids and a finite value >= 0.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProtoModel(String kind, String version, Map<Integer, Double> masses, List<Decay> decays,
                         List<SignalStrength> signalStrengths, Integer step) {
    public static final String KIND = "protomodel";
    public static final String VERSION = "1.0.0";
    public static final double BR_SUM_TOLERANCE = 1e-6;

    public ProtoModel {
        if (!KIND.equals(kind)) {
            throw new InvalidModelException("/kind", "must be '" + KIND + "', got '" + kind + "'");
        }
        if (!VERSION.equals(version)) {
            throw new InvalidModelException("/version", "this tool reads protomodel version " + VERSION + ", got '" + version + "'");
        }
        if (masses == null) {
            throw new InvalidModelException("/masses", "missing");
        }
        decays = decays == null ? List.of() : decays;
        signalStrengths = signalStrengths == null ? List.of() : signalStrengths;
        validate(masses, decays, signalStrengths, step);
        masses = Collections.unmodifiableMap(new TreeMap<>(masses));
        List<Decay> d = new ArrayList<>(decays);
        d.sort(Comparator.comparingInt(Decay::mother).thenComparing(Decay::daughters, ProtoModel::compareKeys));
        decays = List.copyOf(d);
        List<SignalStrength> s = new ArrayList<>(signalStrengths);
        s.sort(Comparator.comparingInt(SignalStrength::pdg1).thenComparingInt(SignalStrength::pdg2));
        signalStrengths = List.copyOf(s);
    }

    /** A model from its parts (kind and version filled in). */
    public static ProtoModel of(Map<Integer, Double> masses, List<Decay> decays, List<SignalStrength> ssms, Integer step) {
        return new ProtoModel(KIND, VERSION, masses, decays, ssms, step);
    }

    static int compareKeys(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static void validate(Map<Integer, Double> masses, List<Decay> decays, List<SignalStrength> ssms, Integer step) {
        for (var e : masses.entrySet()) {
            String ptr = "/masses/" + e.getKey();
            if (e.getKey() == null || !Particles.isBsm(e.getKey())) {
                throw new InvalidModelException(ptr, "unknown PDG id " + e.getKey() + " (not in the particle set of spec 1.1)");
            }
            Double m = e.getValue();
            if (m == null || !Double.isFinite(m)) {
                throw new InvalidModelException(ptr, "mass must be a finite number, got " + m);
            }
            if (m <= 0) {
                throw new InvalidModelException(ptr, "mass must be > 0 GeV, got " + m);
            }
        }
        Double lsp = masses.get(Particles.LSP);
        if (lsp == null) {
            throw new InvalidModelException("/masses", "the LSP " + Particles.LSP + " must be present");
        }
        for (var e : masses.entrySet()) {
            if (e.getKey() != Particles.LSP && e.getValue() < lsp) {
                throw new InvalidModelException("/masses/" + e.getKey(), "mass " + e.getValue()
                        + " GeV is below the LSP mass " + lsp + " GeV (the LSP " + Particles.LSP + " must be lightest)");
            }
        }
        Map<Integer, Double> sums = new LinkedHashMap<>();
        var seen = new HashSet<List<Integer>>();
        for (int i = 0; i < decays.size(); i++) {
            Decay d = decays.get(i);
            String ptr = "/decays/" + i;
            if (d == null) {
                throw new InvalidModelException(ptr, "must not be null");
            }
            if (!Particles.isBsm(d.mother())) {
                throw new InvalidModelException(ptr + "/mother", "unknown PDG id " + d.mother());
            }
            if (!masses.containsKey(d.mother())) {
                throw new InvalidModelException(ptr + "/mother", "particle " + d.mother() + " is frozen (no mass) but has decays");
            }
            if (d.mother() == Particles.LSP) {
                throw new InvalidModelException(ptr + "/mother", "the LSP " + Particles.LSP + " is stable and has no decays");
            }
            double mMother = masses.get(d.mother());
            List<Integer> key = d.daughters();
            if (key.size() < 2 || key.size() > 3) {
                throw new InvalidModelException(ptr + "/daughters", "a channel has 2 or 3 daughters, got " + key.size());
            }
            int nBsm = 0;
            for (int j = 0; j < key.size(); j++) {
                Integer id = key.get(j);
                String dp = ptr + "/daughters/" + j;
                if (id == null || id <= 0) {
                    throw new InvalidModelException(dp, "channel keys hold |PDG| ids (> 0), got " + id);
                }
                if (Particles.isBsm(id)) {
                    nBsm++;
                    Double md = masses.get(id);
                    if (md == null) {
                        throw new InvalidModelException(dp, "daughter " + id + " is frozen (no mass)");
                    }
                    if (md >= mMother) {
                        throw new InvalidModelException(dp, "daughter " + id + " (" + md + " GeV) is not lighter than its mother "
                                + d.mother() + " (" + mMother + " GeV)");
                    }
                } else if (!Particles.isSm(id)) {
                    throw new InvalidModelException(dp, "unknown PDG id " + id);
                }
            }
            if (nBsm != 1) {
                throw new InvalidModelException(ptr + "/daughters", "a channel has exactly one BSM daughter (R-parity), got " + nBsm);
            }
            double threshold = DecayTemplate.thresholdMass(key, masses);
            if (threshold >= mMother) {
                throw new InvalidModelException(ptr + "/daughters", "channel " + key + " is closed: daughters weigh "
                        + threshold + " GeV >= mother " + d.mother() + " (" + mMother + " GeV)");
            }
            try {
                DecayTemplate.signedDaughters(d.mother(), key);
            } catch (IllegalArgumentException ex) {
                throw new InvalidModelException(ptr + "/daughters", ex.getMessage());
            }
            if (!Double.isFinite(d.br()) || d.br() < 0 || d.br() > 1 + BR_SUM_TOLERANCE) {
                throw new InvalidModelException(ptr + "/br", "must be in [0, 1], got " + d.br());
            }
            if (!seen.add(concat(d.mother(), key))) {
                throw new InvalidModelException(ptr, "channel " + d.mother() + " -> " + key + " appears twice");
            }
            sums.merge(d.mother(), d.br(), Double::sum);
        }
        for (int pid : masses.keySet()) {
            if (pid == Particles.LSP) {
                continue;
            }
            double s = sums.getOrDefault(pid, 0.0);
            if (Math.abs(s - 1) > BR_SUM_TOLERANCE) {
                throw new InvalidModelException("/decays", "branching ratios of " + pid + " sum to " + s
                        + ", must be 1 within " + BR_SUM_TOLERANCE);
            }
        }
        var pairs = new HashSet<Long>();
        for (int i = 0; i < ssms.size(); i++) {
            SignalStrength s = ssms.get(i);
            String ptr = "/signalStrengths/" + i;
            if (s == null) {
                throw new InvalidModelException(ptr, "must not be null");
            }
            checkSsmId(s.pdg1(), ptr + "/pdg1");
            checkSsmId(s.pdg2(), ptr + "/pdg2");
            if (s.pdg1() > s.pdg2()) {
                throw new InvalidModelException(ptr, "pair must be sorted (pdg1 <= pdg2), got (" + s.pdg1() + ", " + s.pdg2() + ")");
            }
            if (!Double.isFinite(s.value()) || s.value() < 0) {
                throw new InvalidModelException(ptr + "/value", "must be a finite number >= 0, got " + s.value());
            }
            if (!pairs.add(((long) s.pdg1() << 32) ^ (s.pdg2() & 0xffffffffL))) {
                throw new InvalidModelException(ptr, "pair (" + s.pdg1() + ", " + s.pdg2() + ") appears twice");
            }
        }
        if (step != null && step < 0) {
            throw new InvalidModelException("/step", "must be >= 0, got " + step);
        }
    }

    private static void checkSsmId(int id, String ptr) {
        Particle p = Particles.bsm(Math.abs(id));
        if (p == null) {
            throw new InvalidModelException(ptr, "unknown PDG id " + id);
        }
        if (id < 0 && !p.distinctAntiparticle()) {
            throw new InvalidModelException(ptr, "particle " + Math.abs(id) + " is self-conjugate; no negative id");
        }
    }

    private static List<Integer> concat(int mother, List<Integer> key) {
        List<Integer> l = new ArrayList<>(key.size() + 1);
        l.add(mother);
        l.addAll(key);
        return l;
    }

    /** mother -> (channel key -> BR), in canonical order. */
    @JsonIgnore
    public Map<Integer, Map<List<Integer>, Double>> decayTable() {
        Map<Integer, Map<List<Integer>, Double>> t = new TreeMap<>();
        for (Decay d : decays) {
            t.computeIfAbsent(d.mother(), k -> new LinkedHashMap<>()).put(d.daughters(), d.br());
        }
        return t;
    }

    /** The SSM of a production pair (order of the ids irrelevant), or null when the model has none. */
    public Double ssm(int a, int b) {
        int p1 = Math.min(a, b);
        int p2 = Math.max(a, b);
        for (SignalStrength s : signalStrengths) {
            if (s.pdg1() == p1 && s.pdg2() == p2) {
                return s.value();
            }
        }
        return null;
    }

    public boolean isUnfrozen(int absPdg) {
        return masses.containsKey(absPdg);
    }

    public double mass(int absPdg) {
        Double m = masses.get(absPdg);
        if (m == null) {
            throw new IllegalArgumentException("particle " + absPdg + " is frozen");
        }
        return m;
    }
}
