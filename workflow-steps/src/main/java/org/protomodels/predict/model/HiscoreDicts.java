package org.protomodels.predict.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/**
 * Reads protomodel / hiscore dictionaries (spec 12.6, Python-literal text): a single model dict or a list of them
 * ({@code hiscores.dict}, {@code states.dict}). Only the physics keys are used ({@code masses}, {@code decays},
 * {@code ssmultipliers}, {@code step}); the rest (K, TL, xsecs, ...) is ignored.
 *
 * <p>Normalisation on reading, because the writers drop and round (spec 1.4, 12.6): particles with mass >= 1e5 GeV
 * are frozen and dropped with their decays and SSMs; BRs of a mother are renormalised to sum 1 when the sum is within
 * 1e-3 of 1 (BRs below 1e-5 / 1e-7 were dropped and values rounded to 6 decimals); farther off is an error.
 */
public final class HiscoreDicts {
    /** Masses at or above this are frozen (spec 1.2). */
    public static final double FROZEN_MASS = 1e5;
    /** Largest |sum BR - 1| that is renormalised away on reading. */
    public static final double RENORMALISE_WITHIN = 1e-3;

    private HiscoreDicts() {
    }

    /** All models in the file, in file order. */
    public static List<ProtoModel> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputMissingException(file + ": no such file");
        } catch (IOException e) {
            throw new InputMissingException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString());
    }

    public static List<ProtoModel> parse(String text, String source) {
        Object root;
        try {
            root = PythonLiteral.parse(text, source);
        } catch (PythonLiteral.LiteralSyntaxException e) {
            throw new InvalidInputException(source, ":" + e.line(), "not a Python literal: " + e.getMessage(), e);
        }
        List<ProtoModel> out = new ArrayList<>();
        if (root instanceof Map<?, ?> m) {
            out.add(toModel(m, source, ""));
        } else if (root instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                if (!(l.get(i) instanceof Map<?, ?> m)) {
                    throw new InvalidInputException(source, "/" + i, "expected a model dict");
                }
                out.add(toModel(m, source, "/" + i));
            }
        } else {
            throw new InvalidInputException(source, "", "expected a model dict or a list of model dicts");
        }
        return out;
    }

    /** One model dict -> ProtoModel; {@code at} prefixes pointers in messages. */
    public static ProtoModel toModel(Map<?, ?> dict, String source, String at) {
        Map<Integer, Double> masses = new HashMap<>();
        Object m = dict.get("masses");
        if (!(m instanceof Map<?, ?> mm)) {
            throw new InvalidInputException(source, at + "/masses", "missing or not a dict");
        }
        for (var e : mm.entrySet()) {
            int pid = toInt(e.getKey(), source, at + "/masses");
            double mass = toDouble(e.getValue(), source, at + "/masses/" + pid);
            if (Math.abs(mass) < FROZEN_MASS) {
                masses.put(Math.abs(pid), Math.abs(mass));
            }
        }
        List<Decay> decays = new ArrayList<>();
        if (dict.get("decays") instanceof Map<?, ?> dd) {
            for (var e : dd.entrySet()) {
                int mother = toInt(e.getKey(), source, at + "/decays");
                if (!masses.containsKey(mother) || mother == Particles.LSP || !(e.getValue() instanceof Map<?, ?> ch)) {
                    continue;
                }
                List<Decay> mine = new ArrayList<>();
                double sum = 0;
                for (var c : ch.entrySet()) {
                    String ptr = at + "/decays/" + mother + "/" + c.getKey();
                    if (!(c.getKey() instanceof List<?> key)) {
                        throw new InvalidInputException(source, ptr, "channel key must be a tuple of PDG ids");
                    }
                    List<Integer> daughters = new ArrayList<>();
                    boolean frozen = false;
                    for (Object d : key) {
                        int id = Math.abs(toInt(d, source, ptr));
                        daughters.add(id);
                        frozen |= Particles.isBsm(id) && !masses.containsKey(id);
                    }
                    double br = toDouble(c.getValue(), source, ptr);
                    if (frozen && br < 1e-5) {
                        continue; // negligible channel into a frozen particle: the writers drop these too
                    }
                    mine.add(new Decay(mother, daughters, br));
                    sum += br;
                }
                if (sum > 0 && Math.abs(sum - 1) > 1e-12 && Math.abs(sum - 1) <= RENORMALISE_WITHIN) {
                    for (Decay d : mine) {
                        decays.add(new Decay(d.mother(), d.daughters(), d.br() / sum));
                    }
                } else {
                    decays.addAll(mine);
                }
            }
        }
        List<SignalStrength> ssms = new ArrayList<>();
        if (dict.get("ssmultipliers") instanceof Map<?, ?> ss) {
            for (var e : ss.entrySet()) {
                String ptr = at + "/ssmultipliers/" + e.getKey();
                if (!(e.getKey() instanceof List<?> pair) || pair.size() != 2) {
                    throw new InvalidInputException(source, ptr, "key must be a pair of PDG ids");
                }
                int a = toInt(pair.get(0), source, ptr);
                int b = toInt(pair.get(1), source, ptr);
                if (!masses.containsKey(Math.abs(a)) || !masses.containsKey(Math.abs(b))) {
                    continue;
                }
                ssms.add(new SignalStrength(Math.min(a, b), Math.max(a, b), toDouble(e.getValue(), source, ptr)));
            }
        }
        Integer step = dict.get("step") == null ? null : toInt(dict.get("step"), source, at + "/step");
        try {
            return ProtoModel.of(masses, decays, ssms, step);
        } catch (InvalidModelException e) {
            throw new InvalidInputException(source, at + e.pointer(), e.getMessage().substring(e.pointer().length() + 2), e);
        }
    }

    /**
     * The model as a Python-literal dict in the protomodels layout (spec 12.6: masses, ssmultipliers, decays with
     * the LSP as {}, step if known), for interoperability; floats via {@code repr}-like shortest round-trip text.
     */
    public static String toDict(ProtoModel m) {
        StringBuilder sb = new StringBuilder("{'masses': {");
        boolean first = true;
        for (var e : m.masses().entrySet()) {
            sb.append(first ? "" : ", ").append(e.getKey()).append(": ").append(py(e.getValue()));
            first = false;
        }
        sb.append("}, 'ssmultipliers': {");
        first = true;
        for (SignalStrength s : m.signalStrengths()) {
            sb.append(first ? "" : ", ").append('(').append(s.pdg1()).append(", ").append(s.pdg2()).append("): ")
                    .append(py(s.value()));
            first = false;
        }
        sb.append("}, 'decays': {");
        first = true;
        var table = m.decayTable();
        for (int pid : m.masses().keySet()) {
            sb.append(first ? "" : ", ").append(pid).append(": {");
            first = false;
            boolean f2 = true;
            for (var c : table.getOrDefault(pid, Map.of()).entrySet()) {
                sb.append(f2 ? "" : ", ").append('(');
                for (int i = 0; i < c.getKey().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(c.getKey().get(i));
                }
                sb.append("): ").append(py(c.getValue()));
                f2 = false;
            }
            sb.append('}');
        }
        sb.append('}');
        if (m.step() != null) {
            sb.append(", 'step': ").append(m.step());
        }
        return sb.append('}').toString();
    }

    private static String py(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v).replace("E", "e");
    }

    private static int toInt(Object o, String source, String ptr) {
        if (o instanceof Long l && Math.abs(l) < Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (o instanceof Double d && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
            return d.intValue();
        }
        throw new InvalidInputException(source, ptr, "expected an integer, got " + o);
    }

    private static double toDouble(Object o, String source, String ptr) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        throw new InvalidInputException(source, ptr, "expected a number, got " + o);
    }
}
