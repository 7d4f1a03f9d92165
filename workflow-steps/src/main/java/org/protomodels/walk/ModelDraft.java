package org.protomodels.walk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.protomodels.predict.model.Decay;
import org.protomodels.predict.model.Particle;
import org.protomodels.predict.model.Particles;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.SignalStrength;

/**
 * A mutable working copy of a protomodel inside one walker step, with the rule-keeping primitives of spec 1.2-1.5
 * (unfreeze, freeze, BR initialisation and cleaning with SSM compensation, SSM bookkeeping). The walker's state
 * stays an immutable {@link ProtoModel}; a step copies it into a draft, applies moves and converts back, which
 * re-validates every rule. All collections are sorted so that random choices depend on the seed only.
 */
final class ModelDraft {
    static final Comparator<List<Integer>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
    /** Canonical ordering pairs of spec 1.2 (lighter, heavier); (N3, N4) is moot, N4 is not in the particle set. */
    static final int[][] ORDERED_PAIRS = {{1000006, 2000006}, {1000005, 2000005}, {1000023, 1000025},
        {1000024, 1000037}, {1000001, 1000002}, {1000001, 1000003}};
    static final int[] STOPS = {1000006, 2000006};
    /** Off-shell N2 and C1 BRs (spec 1.4): democratic by colour. */
    private static final double BR_SUM_TOLERANCE = 1e-4;

    final WalkSettings settings;
    final TreeMap<Integer, Double> masses = new TreeMap<>();
    final TreeMap<Integer, TreeMap<List<Integer>, Double>> decays = new TreeMap<>();
    final TreeMap<SsmPair, Double> ssms = new TreeMap<>();
    /** Human-readable moves of this step, in order (history). */
    final List<String> moves = new ArrayList<>();

    ModelDraft(WalkSettings settings) {
        this.settings = settings;
    }

    static ModelDraft of(ProtoModel m, WalkSettings settings) {
        ModelDraft d = new ModelDraft(settings);
        d.masses.putAll(m.masses());
        for (Decay dec : m.decays()) {
            if (dec.br() > 0) {
                d.decays.computeIfAbsent(dec.mother(), k -> new TreeMap<>(KEY_ORDER)).put(dec.daughters(), dec.br());
            }
        }
        for (SignalStrength s : m.signalStrengths()) {
            d.ssms.put(new SsmPair(s.pdg1(), s.pdg2()), s.value());
        }
        return d;
    }

    ModelDraft copy() {
        ModelDraft d = new ModelDraft(settings);
        d.masses.putAll(masses);
        decays.forEach((m, t) -> {
            TreeMap<List<Integer>, Double> c = new TreeMap<>(KEY_ORDER);
            c.putAll(t);
            d.decays.put(m, c);
        });
        d.ssms.putAll(ssms);
        d.moves.addAll(moves);
        return d;
    }

    /** The immutable model (validated by its constructor); zero BRs are left out. */
    ProtoModel toModel(Integer step) {
        List<Decay> ds = new ArrayList<>();
        decays.forEach((m, t) -> t.forEach((k, br) -> {
            if (br > 0) {
                ds.add(new Decay(m, k, br));
            }
        }));
        List<SignalStrength> ss = new ArrayList<>();
        ssms.forEach((p, v) -> ss.add(new SignalStrength(p.pdg1(), p.pdg2(), v)));
        return ProtoModel.of(masses, ds, ss, step);
    }

    // ---------------------------------------------------------------- particles and mass bounds

    double lsp() {
        return masses.get(Particles.LSP);
    }

    boolean unfrozen(int pdg) {
        return masses.containsKey(pdg);
    }

    /** Unfrozen particles other than the LSP, by PDG id. */
    List<Integer> unfrozenNonLsp() {
        List<Integer> l = new ArrayList<>();
        for (int p : masses.keySet()) {
            if (p != Particles.LSP) {
                l.add(p);
            }
        }
        return l;
    }

    /** Frozen particles in particle-set order. */
    List<Integer> frozen() {
        List<Integer> l = new ArrayList<>();
        for (Particle p : Particles.BSM) {
            if (!masses.containsKey(p.pdg())) {
                l.add(p.pdg());
            }
        }
        return l;
    }

    static int lighterPartner(int pdg) {
        for (int[] p : ORDERED_PAIRS) {
            if (p[1] == pdg) {
                return p[0];
            }
        }
        return 0;
    }

    static List<Integer> heavierPartners(int pdg) {
        List<Integer> l = new ArrayList<>();
        for (int[] p : ORDERED_PAIRS) {
            if (p[0] == pdg) {
                l.add(p[1]);
            }
        }
        return l;
    }

    static boolean isStop(int pdg) {
        return pdg == STOPS[0] || pdg == STOPS[1];
    }

    /** The allowed mass interval of {@code pdg} given every other particle (spec 1.2); lower > upper if none. */
    double[] interval(int pdg) {
        if (pdg == Particles.LSP) {
            double hi = settings.maxMass();
            for (var e : masses.entrySet()) {
                if (e.getKey() != Particles.LSP) {
                    hi = Math.min(hi, e.getValue());
                }
            }
            return new double[] {settings.lspMinMass(), hi};
        }
        double lo = Math.max(lsp(), settings.wall(pdg));
        int lighter = lighterPartner(pdg);
        if (lighter != 0 && unfrozen(lighter)) {
            lo = Math.max(lo, masses.get(lighter));
        }
        double hi = settings.maxMass();
        for (int h : heavierPartners(pdg)) {
            if (unfrozen(h)) {
                hi = Math.min(hi, masses.get(h));
            }
        }
        return new double[] {lo, hi};
    }

    /** A stop mass inside the corridor, or (for the LSP) any unfrozen stop inside it relative to this LSP mass. */
    boolean corridorVeto(int pdg, double m) {
        if (isStop(pdg)) {
            return settings.inStopCorridor(m, lsp());
        }
        if (pdg == Particles.LSP) {
            for (int s : STOPS) {
                if (unfrozen(s) && settings.inStopCorridor(masses.get(s), m)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- freezing and unfreezing

    /**
     * Unfreezes {@code pdg} at mass {@code m}: BRs initialised (spec 1.4), SSMs set to 1 where absent (1.5). Returns
     * false (and changes nothing) when no decay channel is open at that mass.
     */
    boolean unfreezeAt(int pdg, double m, UniformRandomProvider rng, Gaussian gauss) {
        masses.put(pdg, m);
        if (!initBranchings(pdg, rng, gauss)) {
            masses.remove(pdg);
            return false;
        }
        initSsms(pdg);
        return true;
    }

    /**
     * Freezes {@code pdg}: mass, decays and SSMs removed, then every BR table cleaned with SSM compensation.
     * Unless forced, refused for the LSP and for the lighter member of an ordering pair whose heavier member is
     * unfrozen. Returns whether it was frozen.
     */
    boolean freeze(int pdg, boolean forced, String why) {
        if (pdg == Particles.LSP || !unfrozen(pdg)) {
            return false;
        }
        if (!forced) {
            for (int h : heavierPartners(pdg)) {
                if (unfrozen(h)) {
                    return false;
                }
            }
        }
        masses.remove(pdg);
        decays.remove(pdg);
        ssms.keySet().removeIf(p -> p.involves(pdg));
        moves.add(why + " " + pdg);
        cleanBranchings();
        return true;
    }

    /**
     * Drops closed channels everywhere and renormalises with SSM compensation (spec 2.2 move 4): with T the old
     * total of the surviving channels of a mother, its pair-production SSMs are multiplied by T^2 and its
     * associated-production SSMs by T, so sigma x BR of every surviving signature stays. Mothers left without an
     * open channel are frozen (forced), which may cascade.
     */
    void cleanBranchings() {
        boolean again = true;
        while (again) {
            again = false;
            for (int mother : new ArrayList<>(decays.keySet())) {
                if (!unfrozen(mother)) {
                    decays.remove(mother);
                    continue;
                }
                TreeMap<List<Integer>, Double> t = decays.get(mother);
                List<Channels.Group> open = Channels.openGroups(mother, masses, settings.gluinoThreeBody());
                boolean removed = t.keySet().removeIf(k -> !inGroups(open, k));
                double total = 0;
                for (double br : t.values()) {
                    total += br;
                }
                if (total <= 0) {
                    decays.remove(mother);
                    if (freeze(mother, true, "freeze-no-channel")) {
                        again = true;
                        break;
                    }
                    continue;
                }
                if (removed || Math.abs(total - 1) >= BR_SUM_TOLERANCE) {
                    compensate(mother, total);
                }
                normalise(mother);
            }
            for (int p : unfrozenNonLsp()) {
                if (!decays.containsKey(p)) {
                    freeze(p, true, "freeze-no-channel");
                    again = true;
                    break;
                }
            }
        }
    }

    private static boolean inGroups(List<Channels.Group> groups, List<Integer> key) {
        for (Channels.Group g : groups) {
            if (g.keys().contains(key)) {
                return true;
            }
        }
        return false;
    }

    private void compensate(int mother, double total) {
        for (var e : ssms.entrySet()) {
            SsmPair p = e.getKey();
            if (p.isPairOf(mother)) {
                e.setValue(Math.min(settings.ssmRescaleCap(), e.getValue() * total * total));
            } else if (p.involves(mother)) {
                e.setValue(Math.min(settings.ssmRescaleCap(), e.getValue() * total));
            }
        }
    }

    /** BRs of {@code mother} scaled to sum 1 (zeros dropped). */
    void normalise(int mother) {
        TreeMap<List<Integer>, Double> t = decays.get(mother);
        if (t == null) {
            return;
        }
        t.values().removeIf(br -> !(br > 0));
        double total = 0;
        for (double br : t.values()) {
            total += br;
        }
        if (total <= 0) {
            return;
        }
        final double s = total;
        t.replaceAll((k, br) -> br / s);
    }

    // ---------------------------------------------------------------- branching ratios (spec 1.4)

    /**
     * Fresh BRs of {@code mother}: off-shell N2/C1 get the fixed democratic values; otherwise every open group draws
     * max(0, N(1/k, sqrt(0.5/k))) with k the number of open channels; all zero -> one random group gets 1/|group|.
     * Returns false when no channel is open.
     */
    boolean initBranchings(int mother, UniformRandomProvider rng, Gaussian gauss) {
        List<Channels.Group> open = Channels.openGroups(mother, masses, settings.gluinoThreeBody());
        if (open.isEmpty()) {
            decays.remove(mother);
            return false;
        }
        TreeMap<List<Integer>, Double> t = new TreeMap<>(KEY_ORDER);
        if (Channels.offShell(mother, masses) && fixedOffShell(mother, open, t)) {
            decays.put(mother, t);
            normalise(mother);
            return true;
        }
        int k = 0;
        for (Channels.Group g : open) {
            k += g.size();
        }
        double mean = 1.0 / k;
        double sd = Math.sqrt(0.5 / k);
        boolean any = false;
        for (Channels.Group g : open) {
            double br = Math.max(0, mean + sd * gauss.next());
            any |= br > 0;
            for (List<Integer> key : g.keys()) {
                t.put(key, br);
            }
        }
        if (!any) {
            Channels.Group g = open.get(rng.nextInt(open.size()));
            for (List<Integer> key : g.keys()) {
                t.put(key, 1.0 / g.size());
            }
        }
        decays.put(mother, t);
        normalise(mother);
        return !decays.get(mother).isEmpty();
    }

    /** Off-shell N2: N1 u u 12/18, N1 b b 3/18, N1 l l 1/18 per flavour; C1: N1 u d 6/9, N1 l nu 1/9 per flavour. */
    private static boolean fixedOffShell(int mother, List<Channels.Group> open, Map<List<Integer>, Double> t) {
        for (Channels.Group g : open) {
            if (!g.threeBody()) {
                continue;
            }
            List<Integer> first = g.keys().get(0);
            int sm = first.get(1);
            double br;
            if (mother == Channels.N2) {
                br = sm == 2 ? 12.0 / 18 : sm == 5 ? 3.0 / 18 : 1.0 / 18;
            } else {
                br = sm == 2 ? 6.0 / 9 : 1.0 / 9;
            }
            for (List<Integer> key : g.keys()) {
                t.put(key, br);
            }
        }
        return !t.isEmpty();
    }

    /** Current BR of a group (the value each of its channels carries; 0 if absent). */
    double groupBr(int mother, Channels.Group g) {
        TreeMap<List<Integer>, Double> t = decays.get(mother);
        return t == null ? 0 : t.getOrDefault(g.keys().get(0), 0.0);
    }

    void setGroupBr(int mother, Channels.Group g, double br) {
        TreeMap<List<Integer>, Double> t = decays.computeIfAbsent(mother, x -> new TreeMap<>(KEY_ORDER));
        for (List<Integer> key : g.keys()) {
            if (br > 0) {
                t.put(key, br);
            } else {
                t.remove(key);
            }
        }
    }

    // ---------------------------------------------------------------- signal-strength multipliers (spec 1.5)

    /** Signed ids of a particle: both signs if it has a distinct antiparticle. */
    static int[] signs(int pdg) {
        Particle p = Particles.bsm(pdg);
        return p.distinctAntiparticle() ? new int[] {-pdg, pdg} : new int[] {pdg};
    }

    /** SSM = 1 where absent for every sign combination of (P, P) and of (P, Q) for every unfrozen Q != P. */
    void initSsms(int pdg) {
        for (int a : signs(pdg)) {
            for (int q : masses.keySet()) {
                for (int b : signs(q)) {
                    ssms.putIfAbsent(SsmPair.of(a, b), 1.0);
                }
            }
        }
    }

    /** Sets one SSM and the same value on its existing sign-flipped variants. */
    void setSsmConsistently(SsmPair p, double value) {
        ssms.put(p, value);
        for (SsmPair v : variants(p)) {
            if (ssms.containsKey(v)) {
                ssms.put(v, value);
            }
        }
    }

    static List<SsmPair> variants(SsmPair p) {
        List<SsmPair> l = new ArrayList<>(3);
        int a = p.pdg1();
        int b = p.pdg2();
        for (int[] f : new int[][] {{-1, 1}, {1, -1}, {-1, -1}}) {
            int x = a * f[0];
            int y = b * f[1];
            if ((x < 0 && !Particles.hasAntiparticle(Math.abs(x))) || (y < 0 && !Particles.hasAntiparticle(Math.abs(y)))) {
                continue;
            }
            SsmPair v = SsmPair.of(x, y);
            if (!v.equals(p) && !l.contains(v)) {
                l.add(v);
            }
        }
        return l;
    }

    /** Every SSM multiplied by {@code f} (mu-hat rescaling), capped. */
    void scaleAllSsms(double f) {
        ssms.replaceAll((p, v) -> Math.min(settings.ssmRescaleCap(), v * f));
    }

    Set<Integer> unfrozenSet() {
        return masses.keySet();
    }
}
