package org.protomodels.report;

import java.util.ArrayList;
import java.util.List;
import org.protomodels.plots.LineCharts;

/** The best combination, the critics' verdicts and the likelihood curves, from a score.json. */
final class ScoreSection {
    private ScoreSection() {
    }

    static void write(Doc doc, Figures figures, ScoreFile s) {
        doc.h2("combination", "The best combination");
        if (s == null) {
            doc.notRun("Not run: no score of the protomodel (--score score.json).");
            doc.h2("critics", "The critics");
            doc.notRun("Not run: no score of the protomodel (--score score.json).");
            doc.h2("likelihoods", "Likelihood curves");
            doc.notRun("Not run: no score of the protomodel (--score score.json).");
            return;
        }
        doc.table(new String[] {"quantity", "value", "meaning"}, List.of(
                new String[] {"K", Fmt.fixed(s.k(), 2), "test statistic K = TL + 2 ln(π × penalties) (dimensionless)"},
                new String[] {"Z", Fmt.fixed(s.z(), 2) + (Double.isFinite(s.z()) ? " σ" : ""), "approximate significance of the combination"},
                new String[] {"TL", Fmt.fixed(s.tl(), 2), "-2 ln[L_SM / L_BSM(μ̂)] of the best combination (dimensionless)"},
                new String[] {"μ̂", Fmt.sig(s.muhat(), 3), "best-fit global signal strength (dimensionless)"},
                new String[] {"prior π", Fmt.sig(s.prior().pi(), 3), "prior of the model size: " + Fmt.count(s.prior().nParticles(), "particle", "particles") + ", "
                        + Fmt.count(s.prior().nBranchings(), "branching", "branchings") + ", "
                        + Fmt.count(s.prior().nSsm(), "SSM", "SSMs")},
                new String[] {"penalty", Fmt.sig(s.penalty(), 3), "extra penalty factors multiplied into π (dimensionless)"}));
        if (s.explanation() != null) {
            doc.p(s.explanation());
        }
        List<String[]> rows = new ArrayList<>();
        for (ScoreFile.Member m : s.combination()) {
            rows.add(new String[] {m.analysis(), m.type(), m.dataset(), String.join(", ", m.topologies()),
                    Fmt.unit(m.sqrts(), "TeV"), Fmt.num(m.observed()), Fmt.num(m.expected()), Fmt.fixed(m.z(), 2),
                    Names.list(m.particles())});
        }
        doc.h3("Members");
        if (rows.isEmpty()) {
            doc.notRun("The combination is empty (the SM explains the data best).");
        } else {
            doc.p("observed and expected are event counts in the signal region (n/a for upper-limit results); "
                    + "Z is the approximate significance of each member in σ.");
            doc.table(new String[] {"analysis", "type", "dataset", "topologies", "√s", "observed [events]",
                "expected [events]", "Z [σ]", "particles"}, rows);
        }

        doc.h2("critics", "The critics");
        doc.p("The critics check the protomodel against every result, not only the combined ones: r = predicted / "
                + "excluded cross section (observed and expected limits); r > 1 excludes. Overall: "
                + (s.criticPass() ? "passed." : "failed."));
        List<String[]> crows = new ArrayList<>();
        for (ScoreFile.Verdict v : s.verdicts()) {
            if (v.mostConstraining().isEmpty()) {
                crows.add(new String[] {v.name(), v.pass() ? "pass" : "fail", v.description(), "–", "–", Fmt.NA, Fmt.NA});
            }
            for (ScoreFile.Constraining c : v.mostConstraining()) {
                crows.add(new String[] {v.name(), v.pass() ? "pass" : "fail", v.description(), c.analysis(), c.dataset(),
                        Fmt.sig(c.rObs(), 3), Fmt.sig(c.rExp(), 3)});
            }
        }
        if (crows.isEmpty()) {
            doc.notRun("No verdicts in the score.");
        } else {
            doc.table(new String[] {"critic", "verdict", "what it checks", "most constraining analysis", "dataset",
                "r_obs", "r_exp"}, crows);
        }

        doc.h2("likelihoods", "Likelihood curves");
        ScoreFile.Curves c = s.curves();
        if (c == null || c.mu().length == 0) {
            doc.notRun("Not available: the score holds no likelihood curves.");
            return;
        }
        List<LineCharts.Series> series = new ArrayList<>();
        for (int i = 0; i < c.members().size(); i++) {
            series.add(LineCharts.Series.of(c.labels().get(i), c.mu(), c.members().get(i)));
        }
        if (c.combination().length == c.mu().length) {
            series.add(new LineCharts.Series("combination", c.mu(), c.combination(), true));
        }
        double lo = c.mu()[0];
        double hi = c.mu()[c.mu().length - 1];
        series.add(LineCharts.Series.of("Δ = 1 (1σ)", new double[] {lo, hi}, new double[] {1, 1}));
        series.add(LineCharts.Series.of("Δ = 4 (2σ)", new double[] {lo, hi}, new double[] {4, 4}));
        double yMax = 0;
        for (LineCharts.Series x : series) {
            for (double v : x.y()) {
                if (Double.isFinite(v)) {
                    yMax = Math.max(yMax, v);
                }
            }
        }
        double top = Math.min(yMax, 25);
        doc.figures(List.of(figures.plot("likelihood-curves", "-2 Δln L versus the signal strength μ for each member and "
                        + "the combination (Δ relative to each curve's minimum; the lines at 1 and 4 mark the 1σ and 2σ intervals)",
                base -> LineCharts.lines(series, LineCharts.Axes.of("Likelihood curves", "signal strength μ",
                        "-2 Δln L").withY(0, top > 0 ? top * 1.05 : 1), base))));
    }
}
