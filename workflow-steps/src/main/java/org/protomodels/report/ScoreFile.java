package org.protomodels.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protomodels.io.Json;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * What the report shows of a {@code score.json} (kind score): the test statistic, the best combination, the critics'
 * verdicts and the likelihood curves. Absent or null numbers read as NaN and print as "n/a".
 */
record ScoreFile(double k, double z, double tl, double muhat, double penalty, Prior prior, String explanation,
                 List<Member> combination, boolean criticPass, List<Verdict> verdicts, Curves curves) {
    static final String KIND = "score";

    ScoreFile {
        combination = List.copyOf(combination);
        verdicts = List.copyOf(verdicts);
    }

    record Prior(double nParticles, double nBranchings, double nSsm, double pi) {
    }

    /** One member of the best combination. */
    record Member(String analysis, String dataset, String type, double sqrts, List<String> topologies,
                  List<Integer> particles, double observed, double expected, double rObs, double rExp, double z,
                  double contribution) {
        Member {
            topologies = List.copyOf(topologies);
            particles = List.copyOf(particles);
        }
    }

    record Verdict(String name, boolean pass, String description, List<Constraining> mostConstraining) {
        Verdict {
            mostConstraining = List.copyOf(mostConstraining);
        }
    }

    record Constraining(String analysis, String dataset, double rObs, double rExp) {
    }

    /** -2 Delta ln L on a mu grid, per member and for the combination (all arrays as long as mu). */
    record Curves(double[] mu, List<String> labels, List<double[]> members, double[] combination) {
    }

    static ScoreFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputMissingException("--score " + file + ": no such file");
        }
        JsonNode doc = Json.readTree(file);
        String f = file.toString();
        if (!KIND.equals(doc.path("kind").asText())) {
            throw new InvalidInputException(f, "/kind", "must be '" + KIND + "', got '" + doc.path("kind").asText() + "'");
        }
        JsonNode p = doc.path("prior");
        Prior prior = new Prior(d(p, "nParticles"), d(p, "nBranchings"), d(p, "nSsm"), d(p, "pi"));
        JsonNode comb = doc.get("combination");
        if (comb == null || !comb.isArray()) {
            throw new InvalidInputException(f, "/combination", "must be an array");
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < comb.size(); i++) {
            JsonNode m = comb.get(i);
            String ptr = "/combination/" + i;
            members.add(new Member(text(m, "analysis", f, ptr), m.path("dataset").asText(""), m.path("type").asText(""),
                    d(m, "sqrts"), strings(m.path("topologies")), ints(m.path("particles"), f, ptr + "/particles"),
                    d(m, "observed"), d(m, "expected"), d(m, "rObs"), d(m, "rExp"), d(m, "Z"), d(m, "contribution")));
        }
        JsonNode critic = doc.path("critic");
        List<Verdict> verdicts = new ArrayList<>();
        JsonNode vs = critic.path("verdicts");
        for (int i = 0; i < vs.size(); i++) {
            JsonNode v = vs.get(i);
            List<Constraining> mc = new ArrayList<>();
            for (JsonNode c : v.path("mostConstraining")) {
                mc.add(new Constraining(c.path("analysis").asText(""), c.path("dataset").asText(""), d(c, "rObs"), d(c, "rExp")));
            }
            verdicts.add(new Verdict(v.path("name").asText(""), v.path("pass").asBoolean(false),
                    v.path("description").asText(""), mc));
        }
        return new ScoreFile(d(doc, "K"), d(doc, "Z"), d(doc, "TL"), d(doc, "muhat"), d(doc, "penalty"), prior,
                doc.hasNonNull("explanation") ? doc.get("explanation").asText() : null, members,
                critic.path("pass").asBoolean(false), verdicts, curves(doc.get("curves"), f));
    }

    private static Curves curves(JsonNode c, String f) {
        if (c == null || c.isNull()) {
            return null;
        }
        double[] mu = doubles(c.path("mu"));
        List<String> labels = new ArrayList<>();
        List<double[]> members = new ArrayList<>();
        JsonNode ms = c.path("members");
        for (int i = 0; i < ms.size(); i++) {
            double[] y = doubles(ms.get(i).path("minus2DeltaLnL"));
            if (y.length != mu.length) {
                throw new InvalidInputException(f, "/curves/members/" + i + "/minus2DeltaLnL",
                        "has " + y.length + " values, mu has " + mu.length);
            }
            labels.add(ms.get(i).path("label").asText("member " + i));
            members.add(y);
        }
        double[] comb = doubles(c.path("combination"));
        if (comb.length != 0 && comb.length != mu.length) {
            throw new InvalidInputException(f, "/curves/combination", "has " + comb.length + " values, mu has " + mu.length);
        }
        return new Curves(mu, labels, members, comb);
    }

    private static String text(JsonNode n, String field, String f, String ptr) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new InvalidInputException(f, ptr + "/" + field, "must be a string");
        }
        return v.asText();
    }

    private static double d(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
    }

    private static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).isNumber() ? a.get(i).asDouble() : Double.NaN;
        }
        return out;
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode a, String f, String ptr) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).canConvertToInt()) {
                throw new InvalidInputException(f, ptr + "/" + i, "must be a PDG id (integer), got " + a.get(i));
            }
            out.add(a.get(i).asInt());
        }
        return out;
    }
}
