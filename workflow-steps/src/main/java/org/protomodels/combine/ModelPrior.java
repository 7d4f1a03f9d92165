package org.protomodels.combine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.protomodels.predict.model.Particles;
import org.protomodels.predict.model.ProductionCrossSection;
import org.protomodels.predict.model.ProtoModel;

/**
 * The prior pi = exp(-(n_p/a1 + n_BR/a2 + n_SSM/a3)) of spec 6.2 (identical in v1 and develop):
 * <ul>
 * <li>n_p: unfrozen particles, LSP included;</li>
 * <li>n_BR: sum over unfrozen non-LSP particles of (distinct BR values above brMinimum) - 1, values a, b counted
 * once when |a - b|/(a + b) < brTolerance against an already kept value;</li>
 * <li>n_SSM = D + ssmDuplicateWeight (R - D): R relevant production modes (both particles unfrozen, a cross section
 * of exactly that signed pair >= relevantXsecFb at some sqrt(s), the last one listed deciding, and SSM >
 * ssmMinimum), D distinct SSM values among them (greedy clusters, 2|v - k|/(v + k) < ssmTolerance).</li>
 * </ul>
 */
public final class ModelPrior {
    /** The counts and the prior (score.json {@code prior}). */
    public record Details(int nParticles, double nBranchings, double nSsm, double pi) {
        /** 2 ln pi. */
        public double twoLnPi() {
            return 2 * Math.log(pi);
        }
    }

    private ModelPrior() {
    }

    public static Details of(ProtoModel model, List<ProductionCrossSection> xsecs, Profile.Prior p) {
        int np = model.masses().size();
        double nbr = branchings(model, p);
        double nssm = ssms(model, xsecs, p);
        double pi = xsecs.isEmpty() && np > 1 ? 0 : Math.exp(-(np / p.a1() + nbr / p.a2() + nssm / p.a3()));
        return new Details(np, nbr, nssm, pi);
    }

    static double branchings(ProtoModel model, Profile.Prior p) {
        double n = 0;
        for (var e : model.decayTable().entrySet()) {
            if (e.getKey() == Particles.LSP) {
                continue;
            }
            List<Double> kept = new ArrayList<>();
            for (double br : e.getValue().values()) {
                if (!(br > p.brMinimum())) {
                    continue;
                }
                boolean same = false;
                for (double k : kept) {
                    if (Math.abs(br - k) / (br + k) < p.brTolerance()) {
                        same = true;
                        break;
                    }
                }
                if (!same) {
                    kept.add(br);
                }
            }
            n += Math.max(0, kept.size() - 1);
        }
        return n;
    }

    static double ssms(ProtoModel model, List<ProductionCrossSection> xsecs, Profile.Prior p) {
        // signed pair -> the last listed cross section of that pair (any sqrt(s))
        Map<Long, Double> last = new java.util.LinkedHashMap<>();
        for (ProductionCrossSection x : xsecs) {
            last.put(key(x.pdg1(), x.pdg2()), x.sigmaFb());
        }
        int relevant = 0;
        List<Double> clusters = new ArrayList<>();
        for (var e : last.entrySet()) {
            int p1 = (int) (e.getKey() >> 32);
            int p2 = (int) (long) e.getKey();
            if (!model.isUnfrozen(Math.abs(p1)) || !model.isUnfrozen(Math.abs(p2)) || e.getValue() < p.relevantXsecFb()) {
                continue;
            }
            Double v = model.ssm(p1, p2);
            double ssm = v == null ? 1.0 : v;
            if (!(ssm > p.ssmMinimum())) {
                continue;
            }
            relevant++;
            boolean joined = false;
            for (double k : clusters) {
                if (2 * Math.abs(ssm - k) / (ssm + k) < p.ssmTolerance()) {
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                clusters.add(ssm);
            }
        }
        int distinct = clusters.size();
        return distinct + p.ssmDuplicateWeight() * (relevant - distinct);
    }

    private static long key(int a, int b) {
        return ((long) a << 32) ^ (b & 0xffffffffL);
    }
}
