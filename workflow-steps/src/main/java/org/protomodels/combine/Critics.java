package org.protomodels.combine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.protomodels.database.DataType;
import org.protomodels.predict.TheoryPrediction;

/** The critics of spec 7: mu_max (v1), the fast upper-limit critic and the slow likelihood critic (v2). */
public final class Critics {
    static final List<String> SUFFIXES = List.of("-agg", "-ma5", "-ewk", "-strong", "-hino", "-multibin", "-exclusive",
            "-incl", "-adl", "-eff");
    private static final int TOP = 3;

    private Critics() {
    }

    /** The v1 critic's outcome: mu_max and its verdict (never a veto). */
    public record MuMax(double muMax, CriticVerdict verdict) {
    }

    /**
     * spec 7.1: r_max = largest observed r over the upper-limit predictions and the best signal region of every
     * efficiency-map analysis (undefined r counted as {@code undefinedR}); mu_max = safety x leeway / r_max.
     */
    public static MuMax muMax(List<TheoryPrediction> predictions, Profile.MuMax p) {
        List<TheoryPrediction> used = upperLimitsAndBestRegions(predictions, false);
        double rmax = 0;
        for (TheoryPrediction t : used) {
            rmax = Math.max(rmax, t.rObs() == null ? p.undefinedR() : t.rObs());
        }
        double mu = rmax > 0 ? p.safety() * p.leeway() / rmax : Double.POSITIVE_INFINITY;
        String d = String.format(Locale.ROOT, "r_max = %.4g over %d results: mu-hat capped at mu_max = %.4g "
                + "(%.3g x %.3g / r_max)", rmax, used.size(), mu, p.safety(), p.leeway());
        return new MuMax(mu, new CriticVerdict("muMax", true, d, top(used)));
    }

    /** k* = the smallest k with BinomCDF(k; n, p) > level (spec 7.2). */
    public static int allowedExclusions(int nSensitive, double p, double level) {
        if (nSensitive <= 0) {
            return 0;
        }
        BinomialDistribution b = BinomialDistribution.of(nSensitive, p);
        for (int k = 0; k <= nSensitive; k++) {
            if (b.cumulativeProbability(k) > level) {
                return k;
            }
        }
        return nSensitive;
    }

    /** spec 7.2: n_excl over the sensitive upper-limit (and best-region) results must not exceed k*. */
    public static CriticVerdict fast(List<TheoryPrediction> predictions, Profile.Fast p) {
        List<TheoryPrediction> used = upperLimitsAndBestRegions(predictions, true);
        int nSens = 0;
        int nExcl = 0;
        List<TheoryPrediction> sensitive = new ArrayList<>();
        for (TheoryPrediction t : used) {
            double rObs = t.rObs() == null ? p.undefinedR() : t.rObs();
            double rExp = t.rExp() == null ? rObs : t.rExp();
            if (rExp >= p.sensitivity()) {
                nSens++;
                sensitive.add(t);
                if (rObs > p.rThreshold()) {
                    nExcl++;
                }
            }
        }
        int allowed = allowedExclusions(nSens, p.p(), p.cdfLevel());
        boolean pass = nExcl <= allowed;
        String d = String.format(Locale.ROOT, "%d results, %d sensitive (r_exp >= %.3g), %d excluding (r_obs > %.3g), "
                + "at most %d allowed: %s", used.size(), nSens, p.sensitivity(), nExcl, p.rThreshold(), allowed,
                pass ? "pass" : "fail");
        return new CriticVerdict("fast", pass, d, top(used));
    }

    /**
     * spec 7.3: the most sensitive combination (a priori expected weights 2[nll(1) - nll(0)], PathFinder) of the
     * combined or best-region efficiency-map results with r_exp >= minExpectedR must have r_obs < rThreshold.
     */
    static CriticVerdict slow(List<ResultLikelihood> candidates, CombinabilityIndex index, PathFinder pf,
                                     Profile.Slow p) {
        List<ResultLikelihood> kept = new ArrayList<>();
        for (ResultLikelihood r : candidates) {
            double e = r.rExp();
            if (Double.isFinite(e) && e >= p.minExpectedR()) {
                kept.add(r);
            }
        }
        if (kept.isEmpty()) {
            return new CriticVerdict("slow", true, "no result with r_exp >= " + p.minExpectedR() + ": pass", List.of());
        }
        double[] w = new double[kept.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = kept.get(i).expectedWeight();
            if (!Double.isFinite(w[i])) {
                w[i] = Double.NaN;
            }
        }
        PathFinder.Combination best = pf.best(index.matrix(kept), w);
        List<ResultLikelihood> members = new ArrayList<>();
        for (int i : best.members()) {
            members.add(kept.get(i));
        }
        if (members.isEmpty()) {
            return new CriticVerdict("slow", false, "no combination could be formed: fail", List.of());
        }
        double r = CombinedLikelihood.of(members).rObs();
        boolean pass = Double.isFinite(r) && r < p.rThreshold();
        List<CriticVerdict.Constraining> mc = new ArrayList<>();
        for (ResultLikelihood m : members) {
            mc.add(new CriticVerdict.Constraining(m.analysisId(), m.datasetId(), finite(m.rObs()), finite(m.rExp())));
        }
        StringBuilder labels = new StringBuilder();
        for (ResultLikelihood m : members) {
            labels.append(labels.length() == 0 ? "" : ", ").append(m.label());
        }
        String d = String.format(Locale.ROOT, "%d sensitive results; most sensitive combination [%s] has r_obs = %.4g "
                + "(must be < %.3g): %s", kept.size(), labels, r, p.rThreshold(), pass ? "pass" : "fail");
        return new CriticVerdict("slow", pass, d, mc);
    }

    /** The analysis id without the variant suffixes of spec 7.2. */
    static String stripped(String id) {
        String s = id;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suf : SUFFIXES) {
                if (s.endsWith(suf)) {
                    s = s.substring(0, s.length() - suf.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    /**
     * Every upper-limit prediction, plus the best signal region (largest r_exp, else r_obs) of each efficiency-map
     * analysis; with {@code onlyWithoutUl} only of analyses that have no upper-limit result (ids compared stripped).
     */
    static List<TheoryPrediction> upperLimitsAndBestRegions(List<TheoryPrediction> predictions, boolean onlyWithoutUl) {
        List<TheoryPrediction> out = new ArrayList<>();
        Set<String> withUl = new HashSet<>();
        for (TheoryPrediction t : predictions) {
            if (t.dataType() == DataType.UPPER_LIMIT) {
                out.add(t);
                withUl.add(stripped(t.analysisId()));
            }
        }
        for (TheoryPrediction t : bestRegions(predictions).values()) {
            if (!onlyWithoutUl || !withUl.contains(stripped(t.analysisId()))) {
                out.add(t);
            }
        }
        return out;
    }

    /** Per efficiency-map analysis the signal region with the largest r_exp (r_obs when no r_exp), SModelS's best dataset. */
    static Map<String, TheoryPrediction> bestRegions(List<TheoryPrediction> predictions) {
        Map<String, TheoryPrediction> best = new LinkedHashMap<>();
        for (TheoryPrediction t : predictions) {
            if (t.dataType() != DataType.EFFICIENCY_MAP) {
                continue;
            }
            TheoryPrediction b = best.get(t.analysisId());
            if (b == null || sensitivity(t) > sensitivity(b)) {
                best.put(t.analysisId(), t);
            }
        }
        return best;
    }

    static double sensitivity(TheoryPrediction t) {
        return t.rExp() != null ? t.rExp() : t.rObs() != null ? t.rObs() : 0;
    }

    private static List<CriticVerdict.Constraining> top(List<TheoryPrediction> used) {
        List<TheoryPrediction> s = new ArrayList<>(used);
        s.sort(Comparator.comparingDouble((TheoryPrediction t) -> t.rObs() == null ? Double.POSITIVE_INFINITY : t.rObs())
                .reversed().thenComparing(TheoryPrediction::analysisId).thenComparing(TheoryPrediction::datasetId));
        List<CriticVerdict.Constraining> out = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP, s.size()); i++) {
            TheoryPrediction t = s.get(i);
            out.add(new CriticVerdict.Constraining(t.analysisId(), t.datasetId(), t.rObs(), t.rExp()));
        }
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
