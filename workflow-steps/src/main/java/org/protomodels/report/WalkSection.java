package org.protomodels.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.protomodels.plots.LineCharts;

/** The walk: K versus step per walker, acceptance rates, particle content over time, the hiscore table. */
final class WalkSection {
    /** Points per curve at most (the plots stay light; the last point is always kept). */
    static final int MAX_POINTS = 400;

    private WalkSection() {
    }

    static void write(Doc doc, Figures figures, WalkRun walk) {
        doc.h2("walk", "The walk");
        if (walk == null) {
            doc.notRun("Not run: no walk output (--walk DIR with hiscores.json and history.jsonl).");
            return;
        }
        doc.p(walk.walkers() + " walkers, " + walk.steps() + " steps each, seed " + walk.seed() + "; "
                + walk.hiscores().size() + " hiscores.");
        doc.h3("Hiscores");
        List<String[]> rows = new ArrayList<>();
        for (WalkRun.Hiscore h : walk.hiscores()) {
            StringBuilder content = new StringBuilder();
            h.model().masses().forEach((pdg, m) -> content.append(content.length() > 0 ? ", " : "")
                    .append(Names.of(pdg)).append(' ').append(Fmt.num(m)).append(" GeV"));
            rows.add(new String[] {String.valueOf(h.rank()), Fmt.fixed(h.k(), 2), Fmt.fixed(h.z(), 2), Fmt.fixed(h.tl(), 2),
                    String.valueOf(h.walker()), String.valueOf(h.step()), content.toString()});
        }
        if (rows.isEmpty()) {
            doc.notRun("No hiscores recorded.");
        } else {
            doc.table(new String[] {"rank", "K", "Z [σ]", "TL", "walker", "step", "particles (masses)"}, rows);
        }
        if (walk.history().isEmpty()) {
            doc.notRun("No history.jsonl in the walk folder: no K, acceptance or particle-content plots.");
            return;
        }
        List<Doc.Figure> figs = new ArrayList<>();
        List<LineCharts.Series> ks = new ArrayList<>();
        List<String> walkerNames = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<String[]> accRows = new ArrayList<>();
        for (WalkRun.Walker w : walk.history().values()) {
            List<double[]> pts = thin(w.currentK());
            double[] x = new double[pts.size()];
            double[] y = new double[pts.size()];
            for (int i = 0; i < pts.size(); i++) {
                x[i] = pts.get(i)[0];
                y[i] = pts.get(i)[1];
            }
            ks.add(LineCharts.Series.of("walker " + w.id(), x, y));
            walkerNames.add(String.valueOf(w.id()));
            rates.add(w.acceptanceRate());
            int accepted = (int) Math.round(w.acceptanceRate() * w.steps().size());
            accRows.add(new String[] {String.valueOf(w.id()), String.valueOf(w.steps().size()), String.valueOf(accepted),
                    Fmt.fixed(100 * w.acceptanceRate(), 1) + " %"});
        }
        figs.add(figures.plot("walk-k", "K of each walker's current protomodel (the last accepted proposal) versus step",
                base -> LineCharts.lines(ks, LineCharts.Axes.of("K versus step", "step", "K (current)"), base)));
        figs.add(figures.plot("walk-acceptance", "Fraction of proposals accepted, per walker",
                base -> LineCharts.bars(walkerNames, rates, "acceptance",
                        LineCharts.Axes.of("Acceptance rate", "walker", "accepted fraction").withY(0, 1), base)));
        figs.add(figures.plot("walk-particles", "Particle content over time: fraction of walkers whose protomodel holds "
                + "each particle", base -> LineCharts.lines(particleContent(walk), LineCharts.Axes.of("Particle content",
                "step", "fraction of walkers").withY(0, 1.05), base)));
        doc.figures(figs);
        doc.h3("Acceptance");
        doc.table(new String[] {"walker", "proposals", "accepted", "acceptance rate"}, accRows);
    }

    /** Per particle: fraction of walkers (that have started) holding it after each step. */
    static List<LineCharts.Series> particleContent(WalkRun walk) {
        List<Integer> steps = thinSteps(walk.allSteps());
        TreeSet<Integer> particles = new TreeSet<>();
        walk.history().values().forEach(w -> w.steps().forEach(s -> particles.addAll(s.particles())));
        Map<Integer, double[]> frac = new TreeMap<>();
        for (int p : particles) {
            frac.put(p, new double[steps.size()]);
        }
        double[] x = new double[steps.size()];
        List<WalkRun.Walker> walkers = new ArrayList<>(walk.history().values());
        int[] cursor = new int[walkers.size()];
        for (int i = 0; i < steps.size(); i++) {
            int step = steps.get(i);
            x[i] = step;
            int alive = 0;
            Map<Integer, Integer> counts = new TreeMap<>();
            for (int w = 0; w < walkers.size(); w++) {
                List<WalkRun.Step> ss = walkers.get(w).steps();
                while (cursor[w] < ss.size() && ss.get(cursor[w]).step() <= step) {
                    cursor[w]++;
                }
                if (cursor[w] == 0) {
                    continue;
                }
                alive++;
                for (int p : ss.get(cursor[w] - 1).particles()) {
                    counts.merge(p, 1, Integer::sum);
                }
            }
            for (var e : frac.entrySet()) {
                e.getValue()[i] = alive == 0 ? Double.NaN : counts.getOrDefault(e.getKey(), 0) / (double) alive;
            }
        }
        List<LineCharts.Series> out = new ArrayList<>();
        frac.forEach((p, y) -> out.add(LineCharts.Series.of(Names.of(p), x, y)));
        return out;
    }

    static List<double[]> thin(List<double[]> pts) {
        if (pts.size() <= MAX_POINTS) {
            return pts;
        }
        List<double[]> out = new ArrayList<>();
        double stride = (pts.size() - 1) / (double) (MAX_POINTS - 1);
        for (int i = 0; i < MAX_POINTS; i++) {
            out.add(pts.get((int) Math.round(i * stride)));
        }
        return out;
    }

    static List<Integer> thinSteps(List<Integer> steps) {
        if (steps.size() <= MAX_POINTS) {
            return steps;
        }
        List<Integer> out = new ArrayList<>();
        double stride = (steps.size() - 1) / (double) (MAX_POINTS - 1);
        for (int i = 0; i < MAX_POINTS; i++) {
            out.add(steps.get((int) Math.round(i * stride)));
        }
        return out;
    }
}
