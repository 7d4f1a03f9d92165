package org.protomodels.combine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link Score} as the score.json document (docs/schemas/1.0.0/score.json); non-finite numbers become null. */
public final class ScoreDocument {
    public static final String KIND = "score";
    public static final String VERSION = "1.0.0";

    private ScoreDocument() {
    }

    public static Map<String, Object> of(Score s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", KIND);
        d.put("version", VERSION);
        d.put("profile", s.profile());
        d.put("defined", s.defined());
        d.put("K", num(s.k()));
        d.put("Z", num(s.z()));
        d.put("TL", num(s.tl()));
        d.put("muhat", num(s.muHat()));
        d.put("muhatBounds", List.of(num(s.muHatLower()), num(s.muHatUpper())));
        d.put("upperLimit", num(s.upperLimit()));
        Map<String, Object> prior = new LinkedHashMap<>();
        prior.put("nParticles", s.prior().nParticles());
        prior.put("nBranchings", num(s.prior().nBranchings()));
        prior.put("nSsm", num(s.prior().nSsm()));
        prior.put("pi", num(s.prior().pi()));
        d.put("prior", prior);
        d.put("penalty", num(s.penalty()));
        Map<String, Object> pen = new LinkedHashMap<>();
        pen.put("missingExperiment", num(s.penalties().missingExperiment()));
        pen.put("extremeSsm", num(s.penalties().extremeSsm()));
        pen.put("leptonFlavour", num(s.penalties().leptonFlavour()));
        d.put("penalties", pen);
        d.put("explanation", s.explanation());
        List<Object> members = new ArrayList<>();
        for (Score.Member m : s.combination()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("analysis", m.analysis());
            x.put("dataset", m.dataset());
            x.put("type", m.type());
            x.put("sqrts", m.sqrts());
            x.put("topologies", m.topologies());
            x.put("particles", new ArrayList<>(m.particles()));
            x.put("observed", m.observed());
            x.put("expected", m.expected());
            x.put("rObs", m.rObs());
            x.put("rExp", m.rExp());
            x.put("Z", num(m.z()));
            x.put("contribution", num(m.contribution()));
            members.add(x);
        }
        d.put("combination", members);
        List<Object> verdicts = new ArrayList<>();
        for (CriticVerdict v : s.critics()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", v.name());
            x.put("pass", v.pass());
            x.put("description", v.description());
            List<Object> mc = new ArrayList<>();
            for (CriticVerdict.Constraining c : v.mostConstraining()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("analysis", c.analysis());
                y.put("dataset", c.dataset());
                y.put("rObs", c.rObs());
                y.put("rExp", c.rExp());
                mc.add(y);
            }
            x.put("mostConstraining", mc);
            verdicts.add(x);
        }
        Map<String, Object> critic = new LinkedHashMap<>();
        critic.put("pass", s.criticsPass());
        critic.put("verdicts", verdicts);
        d.put("critic", critic);
        if (s.curves() != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("mu", nums(s.curves().mu()));
            List<Object> ms = new ArrayList<>();
            for (int i = 0; i < s.curves().labels().size(); i++) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("label", s.curves().labels().get(i));
                x.put("minus2DeltaLnL", nums(s.curves().members().get(i)));
                ms.add(x);
            }
            c.put("members", ms);
            c.put("combination", nums(s.curves().combination()));
            d.put("curves", c);
        }
        return d;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static List<Double> nums(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double x : v) {
            out.add(num(x));
        }
        return out;
    }
}
