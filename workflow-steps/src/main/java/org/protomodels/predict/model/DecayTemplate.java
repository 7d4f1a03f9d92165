package org.protomodels.predict.model;

import java.util.List;

/**
 * Signs of decay products. A channel key holds |PDG| ids only (spec 1.3); the template lines carry the signs, which
 * are fixed by charge conservation. Among the charge-conserving assignments the first in a fixed order is taken:
 * BSM daughters as particles before antiparticles, then SM daughters as particles before antiparticles. This
 * reproduces every line of spec 1.3 (e.g. N2 -> C1+ W-, X_nu -> C1+ l-, C1 -> N1 u dbar). A neutral self-conjugate
 * mother (gluino, neutralinos) thus decays into one charge state only, as in the template (spec 14, quirk 26).
 */
public final class DecayTemplate {
    private DecayTemplate() {
    }

    /**
     * The signed daughters of {@code mother} (signed: a negative mother is the antiparticle and gets the conjugate
     * products) for channel {@code key}. Throws if no sign assignment conserves charge.
     */
    public static int[] signedDaughters(int mother, List<Integer> key) {
        int n = key.size();
        int target = Particles.chargeThirds(Math.abs(mother));
        int[] out = new int[n];
        // order of trials: a bit pattern over the daughters with a distinct antiparticle; BSM bits are most significant
        int[] order = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (Particles.isBsm(key.get(i))) {
                order[k++] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Particles.isBsm(key.get(i))) {
                order[k++] = i;
            }
        }
        for (int pattern = 0; pattern < (1 << n); pattern++) {
            int q = 0;
            boolean skip = false;
            for (int j = 0; j < n; j++) {
                int idx = order[j];
                int id = key.get(idx);
                boolean anti = ((pattern >> (n - 1 - j)) & 1) == 1;
                if (anti && !Particles.hasAntiparticle(id)) {
                    skip = true;
                    break;
                }
                out[idx] = anti ? -id : id;
                q += Particles.chargeThirds(out[idx]);
            }
            if (!skip && q == target) {
                if (mother < 0) {
                    for (int i = 0; i < n; i++) {
                        if (Particles.hasAntiparticle(Math.abs(out[i]))) {
                            out[i] = -out[i];
                        }
                    }
                }
                return out;
            }
        }
        throw new IllegalArgumentException("decay " + mother + " -> " + key + ": no sign assignment conserves charge");
    }

    /** Sum of daughter masses (BSM masses from the model, SM masses from spec 1.3), for the opening threshold. */
    public static double thresholdMass(List<Integer> key, java.util.Map<Integer, Double> masses) {
        double s = 0;
        for (int d : key) {
            s += Particles.isBsm(d) ? masses.getOrDefault(d, Double.POSITIVE_INFINITY) : Particles.smMass(d);
        }
        return s;
    }
}
