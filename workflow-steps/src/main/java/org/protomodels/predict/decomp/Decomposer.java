package org.protomodels.predict.decomp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.predict.model.DecayTemplate;
import org.protomodels.predict.model.Particles;
import org.protomodels.predict.model.ProductionCrossSection;
import org.protomodels.predict.model.ProtoModel;

/**
 * Decomposition of a protomodel into simplified-model elements (spec 3.2.2), SModelS style: for every production
 * pair every cascade of both branches, weight sigma x BR1 x BR2 per sqrt(s); an element of one production with
 * max-over-sqrt(s) weight below the sigmacut (0.02 fb) is dropped; identical elements (same labels and masses) are
 * merged by adding weights. Then compression, repeated until nothing new appears, the compressed elements being
 * added next to their originals (as SModelS does): mass compression removes every vertex whose mother is less than
 * minmassgap (10 GeV) heavier than the next BSM particle; invisible compression removes a last vertex that emits only
 * neutrinos, the parent becoming the invisible final state.
 */
public final class Decomposer {
    public static final double[] SQRTS = {8, 13};
    public static final double SIGMACUT_FB = 0.02;
    public static final double MIN_MASS_GAP = 10;

    /** Decomposition parameters (protomodels values by default). */
    public record Settings(double sigmacutFb, double minMassGapGeV, boolean massCompression, boolean invisibleCompression) {
        public static Settings protomodels() {
            return new Settings(SIGMACUT_FB, MIN_MASS_GAP, true, true);
        }
    }

    private Decomposer() {
    }

    /** Index of sqrt(s) in {@link #SQRTS}, or -1. */
    public static int sqrtsIndex(double sqrtsTeV) {
        for (int i = 0; i < SQRTS.length; i++) {
            if (Math.abs(SQRTS[i] - sqrtsTeV) < 1e-6) {
                return i;
            }
        }
        return -1;
    }

    /** A cascade from one produced particle: vertices of SM labels, masses and signed PDG ids (mother first), product of BRs. */
    private record Cascade(String[][] labels, double[] masses, int[] pdgs, double br) {
    }

    public static List<Element> decompose(ProtoModel model, List<ProductionCrossSection> xsecs, Settings settings) {
        Map<Integer, Map<List<Integer>, Double>> decays = model.decayTable();
        Map<Integer, List<Cascade>> memo = new HashMap<>();
        // per production pair: weights per sqrts
        Map<Long, double[]> productions = new LinkedHashMap<>();
        for (ProductionCrossSection x : xsecs) {
            int i = sqrtsIndex(x.sqrtsTeV());
            if (i < 0) {
                continue;
            }
            long k = ((long) x.pdg1() << 32) ^ (x.pdg2() & 0xffffffffL);
            productions.computeIfAbsent(k, q -> new double[SQRTS.length])[i] += x.sigmaFb();
        }
        Map<String, Element> merged = new LinkedHashMap<>();
        for (var p : productions.entrySet()) {
            int p1 = (int) (p.getKey() >> 32);
            int p2 = (int) (long) p.getKey();
            double[] sigma = p.getValue();
            double sigmaMax = Arrays.stream(sigma).max().orElse(0);
            List<Cascade> c1 = cascades(p1, model, decays, memo);
            List<Cascade> c2 = cascades(p2, model, decays, memo);
            for (Cascade a : c1) {
                if (sigmaMax * a.br < settings.sigmacutFb()) {
                    continue;
                }
                for (Cascade b : c2) {
                    double br = a.br * b.br;
                    if (sigmaMax * br < settings.sigmacutFb()) {
                        continue;
                    }
                    double[] w = new double[SQRTS.length];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = sigma[i] * br;
                    }
                    add(merged, new Element(new String[][][] {a.labels, b.labels}, new double[][] {a.masses, b.masses},
                            new int[][] {a.pdgs, b.pdgs}, w));
                }
            }
        }
        // the queue holds contributions (own weights), the map the merged totals, so weight merged into an element
        // after it was compressed still reaches its compressed descendants, and nothing is counted twice
        Deque<Element> todo = new ArrayDeque<>();
        for (Element e : merged.values()) {
            todo.add(e.withWeights(e.weightFb.clone()));
        }
        while (!todo.isEmpty()) {
            Element e = todo.poll();
            List<Element> compressed = new ArrayList<>(2);
            if (settings.massCompression()) {
                Element m = massCompress(e, settings.minMassGapGeV());
                if (m != null) {
                    compressed.add(m);
                }
            }
            if (settings.invisibleCompression()) {
                Element m = invisibleCompress(e);
                if (m != null) {
                    compressed.add(m);
                }
            }
            for (Element c : compressed) {
                add(merged, c.withWeights(c.weightFb.clone()));
                todo.add(c);
            }
        }
        return List.copyOf(merged.values());
    }

    /** Adds or merges; true if the element is new. */
    private static boolean add(Map<String, Element> merged, Element e) {
        Element old = merged.get(e.key());
        if (old == null) {
            merged.put(e.key(), e);
            return true;
        }
        for (int i = 0; i < old.weightFb.length; i++) {
            old.weightFb[i] += e.weightFb[i];
        }
        return false;
    }

    private static List<Cascade> cascades(int pid, ProtoModel model, Map<Integer, Map<List<Integer>, Double>> decays,
                                          Map<Integer, List<Cascade>> memo) {
        List<Cascade> known = memo.get(pid);
        if (known != null) {
            return known;
        }
        int a = Math.abs(pid);
        double mass = model.mass(a);
        Map<List<Integer>, Double> channels = decays.get(a);
        List<Cascade> out = new ArrayList<>();
        if (channels == null || channels.isEmpty()) {
            out.add(new Cascade(new String[0][], new double[] {mass}, new int[] {pid}, 1.0));
        } else {
            for (var ch : channels.entrySet()) {
                if (ch.getValue() <= 0) {
                    continue;
                }
                int[] signed = DecayTemplate.signedDaughters(pid, ch.getKey());
                int bsm = 0;
                List<String> sm = new ArrayList<>();
                for (int d : signed) {
                    if (Particles.isBsm(Math.abs(d))) {
                        bsm = d;
                    } else {
                        sm.add(SmLabels.label(d));
                    }
                }
                String[] vertex = sm.toArray(new String[0]);
                Arrays.sort(vertex);
                for (Cascade sub : cascades(bsm, model, decays, memo)) {
                    String[][] labels = new String[sub.labels.length + 1][];
                    labels[0] = vertex;
                    System.arraycopy(sub.labels, 0, labels, 1, sub.labels.length);
                    double[] masses = new double[sub.masses.length + 1];
                    masses[0] = mass;
                    System.arraycopy(sub.masses, 0, masses, 1, sub.masses.length);
                    int[] pdgs = new int[sub.pdgs.length + 1];
                    pdgs[0] = pid;
                    System.arraycopy(sub.pdgs, 0, pdgs, 1, sub.pdgs.length);
                    out.add(new Cascade(labels, masses, pdgs, ch.getValue() * sub.br));
                }
            }
        }
        memo.put(pid, out);
        return out;
    }

    /** The element with every small-gap vertex removed, or null if none qualifies. */
    static Element massCompress(Element e, double minGap) {
        boolean changed = false;
        String[][][] labels = new String[2][][];
        double[][] masses = new double[2][];
        int[][] pdgs = new int[2][];
        for (int b = 0; b < 2; b++) {
            List<String[]> lv = new ArrayList<>();
            double[] m = e.masses[b];
            double[] lm = new double[m.length];
            int[] lp = new int[m.length];
            int n = 0;
            for (int v = 0; v < e.labels[b].length; v++) {
                if (m[v] - m[v + 1] < minGap) {
                    changed = true;
                    continue; // drop the vertex and its mother; the daughter stays
                }
                lv.add(e.labels[b][v]);
                lm[n] = m[v];
                lp[n++] = e.pdgs[b][v];
            }
            lm[n] = m[m.length - 1];
            lp[n++] = e.pdgs[b][m.length - 1];
            labels[b] = lv.toArray(new String[0][]);
            masses[b] = Arrays.copyOf(lm, n);
            pdgs[b] = Arrays.copyOf(lp, n);
        }
        return changed ? new Element(labels, masses, pdgs, e.weightFb.clone()) : null;
    }

    /** The element with trailing neutrino-only vertices removed (the parent becomes the final state), or null. */
    static Element invisibleCompress(Element e) {
        boolean changed = false;
        String[][][] labels = new String[2][][];
        double[][] masses = new double[2][];
        int[][] pdgs = new int[2][];
        for (int b = 0; b < 2; b++) {
            int n = e.labels[b].length;
            while (n > 0 && e.labels[b][n - 1].length > 0 && allInvisible(e.labels[b][n - 1])) {
                n--;
                changed = true;
            }
            labels[b] = Arrays.copyOf(e.labels[b], n);
            masses[b] = Arrays.copyOf(e.masses[b], n + 1);
            pdgs[b] = Arrays.copyOf(e.pdgs[b], n + 1);
        }
        return changed ? new Element(labels, masses, pdgs, e.weightFb.clone()) : null;
    }

    private static boolean allInvisible(String[] vertex) {
        for (String l : vertex) {
            if (!SmLabels.invisible(l)) {
                return false;
            }
        }
        return true;
    }
}
