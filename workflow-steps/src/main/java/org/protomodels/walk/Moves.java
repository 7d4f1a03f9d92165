package org.protomodels.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.rng.UniformRandomProvider;
import org.protomodels.predict.model.Particles;

/**
 * The proposal moves of spec 2.2 ({@code randomlyChangeModel}) and the freeze of particles outside the best
 * combination (2.3), drawn from one walker's stream. Probabilities and step sizes come from {@link WalkSettings};
 * the few fixed numbers of the reference code that the profiles do not carry are named constants here.
 */
final class Moves {
    /** Number of particles in the set (N of the unfreeze and freeze probabilities). */
    static final int N_PARTICLES = Particles.BSM.size();
    /** BR move: probability to keep a single channel group, to switch a group off, and the step 0.1/sqrt(k). */
    static final double BR_SINGLE_GROUP = 0.05;
    static final double BR_SWITCH_OFF = 0.05;
    static final double BR_STEP = 0.1;
    /** One-particle SSM move: a > 0.9 sets a random SSM to 1e-5, a < 0.1 to 1, a < 0.2 copies another one. */
    static final double SSM_TINY = 1e-5;
    /** One-particle SSM move: scale factor U(0.8, 1.2); one-pair move: old N(1, 0.1) + N(0.1, 0.1). */
    static final double SSM_SCALE_LOW = 0.8;
    static final double SSM_SCALE_HIGH = 1.2;
    static final double SSM_PAIR_SD = 0.1;
    static final double SSM_PAIR_SHIFT = 0.1;
    /** Stop-corridor redraws when unfreezing a stop (spec 1.2). */
    static final int CORRIDOR_REDRAWS = 5;
    /** Partner move: the other ewkino lands at m' x U(0.99, 1.01). */
    static final double PARTNER_SPREAD = 0.01;

    private final WalkSettings s;
    private final UniformRandomProvider rng;
    private final Gaussian gauss;

    Moves(WalkSettings settings, UniformRandomProvider rng, Gaussian gauss) {
        this.s = settings;
        this.rng = rng;
        this.gauss = gauss;
    }

    private double uniform(double a, double b) {
        return a + (b - a) * rng.nextDouble();
    }

    private <T> T pick(List<T> l) {
        return l.get(rng.nextInt(l.size()));
    }

    static double phi(double x) {
        return 0.5 * Erfc.value(-x / Math.sqrt(2));
    }

    /** Spec 2.3: non-forced freeze of every unfrozen non-LSP particle whose id is not in the best combination. */
    void freezeNotIn(ModelDraft d, Set<Integer> inCombination) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int p : d.unfrozenNonLsp()) {
                if (d.unfrozen(p) && !inCombination.contains(p) && d.freeze(p, false, "freeze-not-in-combination")) {
                    changed = true;
                }
            }
        }
    }

    /** Spec 2.2, moves 1-5 in order; {@code tl} is the current TL (0 when undefined). */
    void randomlyChange(ModelDraft d, double tl) {
        double tlTerm = Math.max(1, tl + 1);
        boolean changed = false;
        int nu = d.masses.size();
        double pUnfreeze = nu == 1 ? 1.0
                : Math.min(s.schedule().unfreezeMaxProbability(),
                        1 - phi(((double) nu / N_PARTICLES - (1 - s.unfreezeBase() / tlTerm)) / s.unfreezeWidth()));
        if (rng.nextDouble() < pUnfreeze) {
            changed |= unfreezeRandom(d);
        }
        if (rng.nextDouble() < s.changeBranchings()) {
            changed |= changeBranchings(d);
        }
        if (rng.nextDouble() < s.changeSsms()) {
            changed |= changeSsms(d);
        }
        nu = d.masses.size();
        if (nu > 2) {
            double pFreeze = phi(((double) nu / N_PARTICLES - s.freezeBase() / tlTerm) / s.freezeWidth());
            if (rng.nextDouble() < pFreeze) {
                changed |= freezeRandom(d);
            }
        }
        if (rng.nextDouble() < (changed ? s.changeMassAfterOtherMoves() : 1.0)) {
            changeMass(d);
        }
    }

    // ---------------------------------------------------------------- 1. unfreeze

    boolean unfreezeRandom(ModelDraft d) {
        List<Integer> frozen = d.frozen();
        if (frozen.isEmpty()) {
            return false;
        }
        int p = pick(frozen);
        // canonical order: the heavier member comes in only after the lighter one
        for (int l = ModelDraft.lighterPartner(p); l != 0 && !d.unfrozen(l); l = ModelDraft.lighterPartner(p)) {
            p = l;
        }
        return unfreeze(d, p);
    }

    boolean unfreeze(ModelDraft d, int p) {
        double[] iv = d.interval(p);
        double lo = iv[0];
        double hi = iv[1];
        if ((p == Channels.N2 || p == Channels.C1) && rng.nextDouble() < s.offshellStart()) {
            hi = Math.min(hi, lo + (p == Channels.N2 ? Channels.N2_OFFSHELL : Channels.C1_OFFSHELL));
        }
        if (!(hi > lo)) {
            return false;
        }
        double m = uniform(lo, hi);
        for (int i = 0; i < CORRIDOR_REDRAWS && d.corridorVeto(p, m); i++) {
            m = uniform(lo, hi);
        }
        if (d.corridorVeto(p, m)) {
            return false; // our choice: give up instead of moving the heavier stop (spec 1.2)
        }
        if (!d.unfreezeAt(p, m, rng, gauss)) {
            return false;
        }
        d.moves.add("unfreeze " + p);
        return true;
    }

    // ---------------------------------------------------------------- 2. branching ratios

    boolean changeBranchings(ModelDraft d) {
        List<Integer> candidates = new ArrayList<>();
        List<Integer> nonLsp = d.unfrozenNonLsp();
        if (nonLsp.size() < 2) {
            return false;
        }
        for (int p : nonLsp) {
            if (Channels.openGroups(p, d.masses, s.gluinoThreeBody()).size() >= 2) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        int p = pick(candidates);
        List<Channels.Group> open = Channels.openGroups(p, d.masses, s.gluinoThreeBody());
        int k = 0;
        for (Channels.Group g : open) {
            k += g.size();
        }
        if (rng.nextDouble() < BR_SINGLE_GROUP) {
            Channels.Group keep = pick(open);
            for (Channels.Group g : open) {
                d.setGroupBr(p, g, g == keep ? 1.0 / g.size() : 0);
            }
        } else {
            double dx = BR_STEP / Math.sqrt(k);
            boolean any = false;
            for (Channels.Group g : open) {
                double old = d.groupBr(p, g);
                double br;
                if (old > 0 && rng.nextDouble() < BR_SWITCH_OFF) {
                    br = 0;
                } else {
                    // quirk 8: no division by the group size here (only when a group gets a fresh value)
                    br = uniform(Math.max(0, old - dx), Math.min(old + dx, 1));
                }
                any |= br > 0;
                d.setGroupBr(p, g, br);
            }
            if (!any) {
                Channels.Group g = pick(open);
                d.setGroupBr(p, g, 1.0 / g.size());
            }
        }
        d.normalise(p);
        d.moves.add("branchings " + p);
        return true;
    }

    // ---------------------------------------------------------------- 3. signal strengths

    boolean changeSsms(ModelDraft d) {
        List<Integer> nonLsp = d.unfrozenNonLsp();
        if (nonLsp.size() < 2 || d.ssms.isEmpty()) {
            return false;
        }
        if (rng.nextDouble() < s.ssmOneParticle()) {
            int p = pick(nonLsp);
            double a = rng.nextDouble();
            List<SsmPair> keys = new ArrayList<>(d.ssms.keySet());
            if (a > 0.9) {
                SsmPair k = pick(keys);
                d.setSsmConsistently(k, SSM_TINY);
                d.moves.add("ssm-tiny " + k.pdg1() + " " + k.pdg2());
            } else if (a < 0.1) {
                SsmPair k = pick(keys);
                d.setSsmConsistently(k, 1.0);
                d.moves.add("ssm-one " + k.pdg1() + " " + k.pdg2());
            } else if (a < 0.2) {
                SsmPair k = pick(keys);
                SsmPair other = pick(keys);
                d.setSsmConsistently(k, d.ssms.get(other));
                d.moves.add("ssm-copy " + k.pdg1() + " " + k.pdg2());
            } else {
                double f = uniform(SSM_SCALE_LOW, SSM_SCALE_HIGH);
                d.ssms.replaceAll((k, v) -> k.involves(p) ? Math.min(s.ssmChangeCap(), v * f) : v);
                d.moves.add("ssm-particle " + p);
            }
            return true;
        }
        int p = pick(nonLsp);
        int q = pick(nonLsp);
        if (Particles.hasAntiparticle(p) && rng.nextDouble() < 0.5) {
            p = -p;
        }
        if (Particles.hasAntiparticle(q) && rng.nextDouble() < 0.5) {
            q = -q;
        }
        SsmPair k = SsmPair.of(p, q);
        double old = d.ssms.getOrDefault(k, 1.0);
        double v = old * (1 + SSM_PAIR_SD * gauss.next()) + (SSM_PAIR_SHIFT + SSM_PAIR_SD * gauss.next());
        d.setSsmConsistently(k, Math.min(s.ssmChangeCap(), Math.max(0, v)));
        d.moves.add("ssm-pair " + k.pdg1() + " " + k.pdg2());
        return true;
    }

    // ---------------------------------------------------------------- 4. freeze

    boolean freezeRandom(ModelDraft d) {
        List<Integer> nonLsp = d.unfrozenNonLsp();
        if (nonLsp.isEmpty()) {
            return false;
        }
        int p;
        if (rng.nextDouble() < s.freezeMostMassive()) {
            p = nonLsp.get(0);
            for (int x : nonLsp) {
                if (d.masses.get(x) > d.masses.get(p)) {
                    p = x;
                }
            }
        } else {
            p = pick(nonLsp);
        }
        return d.freeze(p, false, "freeze");
    }

    // ---------------------------------------------------------------- 5. mass

    /**
     * Spec 2.2 move 5: one mass by U(-dx, dx), dx growing until the mass is allowed. The efficient profile's schedule
     * may instead shift every mass at once, redraw the mass uniformly, or take a local Gaussian step; each option is
     * drawn only when its probability is > 0, so the reference profiles consume the stream exactly as before.
     */
    boolean changeMass(ModelDraft d) {
        WalkSettings.Schedule sc = s.schedule();
        if (sc.massShiftAll() > 0 && d.masses.size() > 1 && rng.nextDouble() < sc.massShiftAll()) {
            return shiftAll(d);
        }
        List<Integer> all = new ArrayList<>(d.masses.keySet());
        int p = pick(all);
        double m = d.masses.get(p);
        double[] iv = d.interval(p);
        double proposal;
        String kind;
        if (sc.massRedraw() > 0 && rng.nextDouble() < sc.massRedraw()) {
            proposal = redraw(d, p, iv);
            kind = "mass-redraw ";
        } else if (sc.massLocalStep() > 0 && rng.nextDouble() < sc.massLocalStep()) {
            proposal = localStep(d, p, m, iv);
            kind = "mass-local ";
        } else {
            proposal = uniformStep(d, p, m, iv);
            kind = "mass ";
        }
        if (Double.isNaN(proposal)) {
            return false;
        }
        boolean n2Off = Channels.offShell(Channels.N2, d.masses);
        boolean c1Off = Channels.offShell(Channels.C1, d.masses);
        d.masses.put(p, proposal);
        d.moves.add(kind + p);
        reinitIfCrossed(d, Channels.N2, n2Off);
        reinitIfCrossed(d, Channels.C1, c1Off);
        if (p == Channels.N2 || p == Channels.C1) {
            boolean off = Channels.offShell(p, d.masses);
            double prob = off ? s.offshellPartnerMoveFromOffshell() : s.offshellPartnerMove();
            if (rng.nextDouble() < prob) {
                movePartner(d, p == Channels.N2 ? Channels.C1 : Channels.N2, proposal);
            }
        }
        d.cleanBranchings();
        return true;
    }

    /** The reference step: m + U(-dx, dx), dx = massStep growing by massStepGrowth per failed try; NaN if none fits. */
    private double uniformStep(ModelDraft d, int p, double m, double[] iv) {
        double dx = s.massStep();
        for (int i = 0; i < s.massTries(); i++) {
            double x = m + uniform(-dx, dx);
            if (allowed(d, p, x, iv)) {
                return x;
            }
            dx *= s.massStepGrowth();
        }
        return Double.NaN;
    }

    /** A fresh uniform mass in the allowed interval: leaves a local maximum in one move. */
    private double redraw(ModelDraft d, int p, double[] iv) {
        if (!(iv[1] > iv[0])) {
            return Double.NaN;
        }
        for (int i = 0; i < s.massTries(); i++) {
            double x = uniform(iv[0], iv[1]);
            if (allowed(d, p, x, iv)) {
                return x;
            }
        }
        return Double.NaN;
    }

    /** m (1 + w N(0, 1)), w = massLocalWidth growing by massStepGrowth per failed try: fine steps on a narrow ridge. */
    private double localStep(ModelDraft d, int p, double m, double[] iv) {
        double w = s.schedule().massLocalWidth();
        for (int i = 0; i < s.massTries(); i++) {
            double x = m * (1 + w * gauss.next());
            if (allowed(d, p, x, iv)) {
                return x;
            }
            w *= s.massStepGrowth();
        }
        return Double.NaN;
    }

    private static boolean allowed(ModelDraft d, int p, double x, double[] iv) {
        return x >= iv[0] && x <= iv[1] && x > 0 && !d.corridorVeto(p, x);
    }

    /**
     * Every mass moves by one delta ~ U(-dx, dx) (dx as in the reference step): the splittings, hence every decay
     * threshold and on/off-shell state, stay, so the model slides along a ridge in (m_mother, m_LSP) that single
     * mass moves cross only at right angles. Refused (no change) when no try keeps every mass allowed.
     */
    boolean shiftAll(ModelDraft d) {
        java.util.Map<Integer, Double> old = new java.util.TreeMap<>(d.masses);
        double dx = s.massStep();
        for (int i = 0; i < s.massTries(); i++) {
            double delta = uniform(-dx, dx);
            old.forEach((p, m) -> d.masses.put(p, m + delta));
            boolean ok = true;
            for (int p : old.keySet()) {
                ok &= allowed(d, p, d.masses.get(p), d.interval(p));
            }
            if (ok) {
                d.moves.add("mass-shift-all");
                d.cleanBranchings();
                return true;
            }
            d.masses.putAll(old);
            dx *= s.massStepGrowth();
        }
        return false;
    }

    private void reinitIfCrossed(ModelDraft d, int pdg, boolean wasOffShell) {
        if (d.unfrozen(pdg) && Channels.offShell(pdg, d.masses) != wasOffShell) {
            if (!d.initBranchings(pdg, rng, gauss)) {
                d.freeze(pdg, true, "freeze-no-channel");
            }
        }
    }

    private void movePartner(ModelDraft d, int other, double m) {
        double target = m * uniform(1 - PARTNER_SPREAD, 1 + PARTNER_SPREAD);
        double[] iv = d.interval(other);
        if (!(target >= iv[0] && target <= iv[1])) {
            return;
        }
        if (!d.unfrozen(other)) {
            if (d.unfreezeAt(other, target, rng, gauss)) {
                d.moves.add("unfreeze-partner " + other);
            }
            return;
        }
        boolean off = Channels.offShell(other, d.masses);
        d.masses.put(other, target);
        d.moves.add("mass-partner " + other);
        reinitIfCrossed(d, other, off);
    }
}
