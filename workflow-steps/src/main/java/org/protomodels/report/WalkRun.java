package org.protomodels.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.protomodels.io.Json;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.ProtoModelJson;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * A walk output folder as the report needs it: the hiscores ({@code hiscores.json}, best first) and the history
 * ({@code history.jsonl}, one proposal per line) digested per walker.
 */
record WalkRun(Path folder, long seed, int walkers, int steps, List<Hiscore> hiscores, Map<Integer, Walker> history) {
    WalkRun {
        hiscores = List.copyOf(hiscores);
        history = java.util.Collections.unmodifiableMap(new TreeMap<>(history));
    }

    record Hiscore(int rank, double k, double z, double tl, int walker, int step, ProtoModel model) {
    }

    /** One history line: the proposal's K (NaN when none), the decision, the walker's particles after it. */
    record Step(int step, double k, boolean accepted, List<Integer> particles, List<String> moves) {
        Step {
            particles = List.copyOf(particles);
            moves = List.copyOf(moves);
        }
    }

    /** The lines of one walker in step order. */
    record Walker(int id, List<Step> steps) {
        Walker {
            steps = List.copyOf(steps);
        }

        double acceptanceRate() {
            if (steps.isEmpty()) {
                return Double.NaN;
            }
            int a = 0;
            for (Step s : steps) {
                a += s.accepted() ? 1 : 0;
            }
            return (double) a / steps.size();
        }

        /** (step, K of the last accepted proposal) after every step once a K has been accepted. */
        List<double[]> currentK() {
            List<double[]> out = new ArrayList<>();
            double current = Double.NaN;
            for (Step s : steps) {
                if (s.accepted() && Double.isFinite(s.k())) {
                    current = s.k();
                }
                if (Double.isFinite(current)) {
                    out.add(new double[] {s.step(), current});
                }
            }
            return out;
        }
    }

    /** All steps seen in the history, ascending. */
    List<Integer> allSteps() {
        TreeSet<Integer> s = new TreeSet<>();
        history.values().forEach(w -> w.steps().forEach(x -> s.add(x.step())));
        return new ArrayList<>(s);
    }

    static WalkRun read(Path folder) {
        Path hs = folder.resolve("hiscores.json");
        if (!Files.isRegularFile(hs)) {
            throw new InputMissingException("--walk " + folder + ": no hiscores.json in it");
        }
        JsonNode doc = Json.readTree(hs);
        String f = hs.toString();
        if (!"hiscores".equals(doc.path("kind").asText())) {
            throw new InvalidInputException(f, "/kind", "must be 'hiscores', got '" + doc.path("kind").asText() + "'");
        }
        JsonNode entries = doc.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new InvalidInputException(f, "/entries", "must be an array");
        }
        List<Hiscore> hiscores = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String ptr = "/entries/" + i;
            if (!e.has("protomodel")) {
                throw new InvalidInputException(f, ptr + "/protomodel", "missing");
            }
            ProtoModel m = ProtoModelJson.fromTree(e.get("protomodel"), f + "#" + ptr + "/protomodel");
            hiscores.add(new Hiscore(e.path("rank").asInt(i + 1), num(e, "K"), num(e, "Z"), num(e, "TL"),
                    e.path("walker").asInt(-1), e.path("step").asInt(-1), m));
        }
        hiscores.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        return new WalkRun(folder, doc.path("seed").asLong(0), doc.path("walkers").asInt(0), doc.path("steps").asInt(0),
                hiscores, history(folder.resolve("history.jsonl")));
    }

    private static Map<Integer, Walker> history(Path file) {
        Map<Integer, List<Step>> byWalker = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = Json.mapper().readTree(line);
                } catch (IOException e) {
                    throw new InvalidInputException(file.toString(), ":" + n, "not a JSON object (" + e.getMessage() + ")");
                }
                if (!o.path("walker").canConvertToInt() || !o.path("step").canConvertToInt()) {
                    throw new InvalidInputException(file.toString(), ":" + n, "needs integer 'walker' and 'step'");
                }
                List<Integer> particles = new ArrayList<>();
                o.path("particles").forEach(p -> particles.add(Math.abs(p.asInt())));
                List<String> moves = new ArrayList<>();
                o.path("moves").forEach(m -> moves.add(m.asText()));
                byWalker.computeIfAbsent(o.get("walker").asInt(), k -> new ArrayList<>()).add(new Step(o.get("step").asInt(),
                        num(o, "K"), o.path("accepted").asBoolean(false), particles, moves));
            }
        } catch (IOException e) {
            throw new InputMissingException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        Map<Integer, Walker> out = new TreeMap<>();
        byWalker.forEach((w, steps) -> {
            steps.sort((a, b) -> Integer.compare(a.step(), b.step()));
            out.put(w, new Walker(w, steps));
        });
        return out;
    }

    private static double num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
    }
}
