package org.protomodels.stats.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protomodels.io.Json;
import org.protomodels.step.InvalidInputException;

/**
 * Reads pyhf workspaces: JSON syntax, then the pyhf schema, then the semantic checks pyhf makes when it builds a
 * model (unique channel/sample/modifier names, consistent bin counts). Errors name the file and a JSON pointer.
 */
public final class WorkspaceReader {
    private final PyhfSchemas schemas;

    private WorkspaceReader(PyhfSchemas schemas) {
        this.schemas = schemas;
    }

    public static WorkspaceReader of(PyhfSchemas schemas) {
        return new WorkspaceReader(schemas);
    }

    /** A workspace file as it is. */
    public Workspace read(Path file) {
        return fromTree(Json.readTree(file), file.toString());
    }

    /** A workspace file with an RFC 6902 JSON Patch file applied (HEPData signal patches). */
    public Workspace read(Path file, Path jsonPatchFile) {
        JsonPatch patch = JsonPatch.read(jsonPatchFile, schemas);
        JsonNode patched = patch.applyTo(Json.readTree(file), jsonPatchFile.toString());
        return fromTree(patched, file + " + " + jsonPatchFile);
    }

    /** A workspace file with the named patch of a pyhf PatchSet applied (digest checked first). */
    public Workspace read(Path file, PatchSet patchSet, String patchName) {
        JsonNode tree = Json.readTree(file);
        schemas.validate("workspace", tree, file.toString());
        patchSet.verifyDigest(tree, file.toString());
        JsonNode patched = patchSet.patch(patchName).operations().applyTo(tree, patchSet.file());
        return fromTree(patched, file + " + " + patchSet.file() + "#" + patchName);
    }

    /** A model specification file ({@code {"channels": [...], "parameters": [...]}}). */
    public ModelSpec readModel(Path file) {
        return modelFromTree(Json.readTree(file), file.toString());
    }

    /** A model specification file with a JSON Patch applied. */
    public ModelSpec readModel(Path file, Path jsonPatchFile) {
        JsonPatch patch = JsonPatch.read(jsonPatchFile, schemas);
        return modelFromTree(patch.applyTo(Json.readTree(file), jsonPatchFile.toString()), file + " + " + jsonPatchFile);
    }

    ModelSpec modelFromTree(JsonNode tree, String file) {
        schemas.validate("model", tree, file);
        List<Channel> channels = channels(tree, file);
        List<ParameterConfig> pars = tree.has("parameters")
                ? parameters(tree.get("parameters"), "/parameters", file) : List.of();
        return new ModelSpec(channels, pars);
    }

    private static List<Channel> channels(JsonNode tree, String file) {
        List<Channel> channels = new ArrayList<>();
        Set<String> channelNames = new HashSet<>();
        JsonNode chs = tree.get("channels");
        for (int c = 0; c < chs.size(); c++) {
            JsonNode ch = chs.get(c);
            String cp = "/channels/" + c;
            String cname = ch.get("name").asText();
            if (!channelNames.add(cname)) {
                throw new InvalidInputException(file, cp + "/name", "duplicate channel name '" + cname + "'");
            }
            channels.add(channel(ch, cp, file));
        }
        return channels;
    }

    /** Validates and converts a workspace tree; {@code file} names the source in error messages. */
    public Workspace fromTree(JsonNode tree, String file) {
        schemas.validate("workspace", tree, file);
        List<Channel> channels = channels(tree, file);
        Map<String, Integer> nbins = new HashMap<>();
        channels.forEach(ch -> nbins.put(ch.name(), ch.nbins()));

        List<Observation> observations = new ArrayList<>();
        Set<String> obsNames = new HashSet<>();
        JsonNode obs = tree.get("observations");
        for (int o = 0; o < obs.size(); o++) {
            String op = "/observations/" + o;
            String name = obs.get(o).get("name").asText();
            List<Double> data = numbers(obs.get(o).get("data"), op + "/data", file);
            if (!obsNames.add(name)) {
                throw new InvalidInputException(file, op + "/name", "duplicate observation name '" + name + "'");
            }
            Integer n = nbins.get(name);
            if (n != null && n != data.size()) {
                throw new InvalidInputException(file, op + "/data",
                        "observation of channel '" + name + "' has " + data.size() + " bins, the channel has " + n);
            }
            observations.add(new Observation(name, data));
        }
        for (int c = 0; c < channels.size(); c++) {
            if (!obsNames.contains(channels.get(c).name())) {
                throw new InvalidInputException(file, "/channels/" + c + "/name",
                        "no observation for channel '" + channels.get(c).name() + "'");
            }
        }

        List<Measurement> measurements = new ArrayList<>();
        Set<String> measNames = new HashSet<>();
        JsonNode ms = tree.get("measurements");
        for (int m = 0; m < ms.size(); m++) {
            String mp = "/measurements/" + m;
            Measurement meas = measurement(ms.get(m), mp, file);
            if (!measNames.add(meas.name())) {
                throw new InvalidInputException(file, mp + "/name", "duplicate measurement name '" + meas.name() + "'");
            }
            measurements.add(meas);
        }
        return new Workspace(channels, observations, measurements, tree.get("version").asText());
    }

    private static Channel channel(JsonNode ch, String cp, String file) {
        List<Sample> samples = new ArrayList<>();
        Set<String> sampleNames = new HashSet<>();
        JsonNode ss = ch.get("samples");
        int nbins = -1;
        for (int s = 0; s < ss.size(); s++) {
            JsonNode sj = ss.get(s);
            String sp = cp + "/samples/" + s;
            String sname = sj.get("name").asText();
            if (!sampleNames.add(sname)) {
                throw new InvalidInputException(file, sp + "/name",
                        "duplicate sample name '" + sname + "' in channel '" + ch.get("name").asText() + "'");
            }
            List<Double> data = numbers(sj.get("data"), sp + "/data", file);
            if (nbins < 0) {
                nbins = data.size();
            } else if (data.size() != nbins) {
                throw new InvalidInputException(file, sp + "/data", "sample '" + sname + "' has " + data.size()
                        + " bins, but the channel it belongs to has " + nbins);
            }
            List<Modifier> mods = new ArrayList<>();
            Set<String> modKeys = new HashSet<>();
            JsonNode mj = sj.get("modifiers");
            for (int m = 0; m < mj.size(); m++) {
                String mp = sp + "/modifiers/" + m;
                Modifier mod = modifier(mj.get(m), mp, file);
                if (!modKeys.add(mod.type() + "/" + mod.name())) {
                    throw new InvalidInputException(file, mp, "duplicate modifier '" + mod.name() + "' of type "
                            + mod.type() + " in sample '" + sname + "'");
                }
                int bc = mod.binCount();
                if (bc == -2 || bc >= 0 && bc != data.size()) {
                    throw new InvalidInputException(file, mp + "/data", "the '" + sname + "' sample " + mod.type()
                            + " modifier '" + mod.name() + "' has data shape inconsistent with the sample: sample has "
                            + data.size() + " bins, modifier data " + describeLength(mod));
                }
                mods.add(mod);
            }
            samples.add(new Sample(sname, data, mods));
        }
        return new Channel(ch.get("name").asText(), samples);
    }

    private static String describeLength(Modifier mod) {
        if (mod instanceof Modifier.HistoSys h) {
            return "hi_data " + h.hiData().size() + ", lo_data " + h.loData().size();
        }
        return "has " + mod.binCount();
    }

    private static Modifier modifier(JsonNode m, String mp, String file) {
        String name = m.get("name").asText();
        String type = m.get("type").asText();
        JsonNode d = m.get("data");
        return switch (type) {
            case "normfactor" -> new Modifier.NormFactor(name);
            case "lumi" -> new Modifier.Lumi(name);
            case "shapefactor" -> new Modifier.ShapeFactor(name);
            case "normsys" -> new Modifier.NormSys(name, finite(d.get("hi"), mp + "/data/hi", file),
                    finite(d.get("lo"), mp + "/data/lo", file));
            case "histosys" -> new Modifier.HistoSys(name, numbers(d.get("hi_data"), mp + "/data/hi_data", file),
                    numbers(d.get("lo_data"), mp + "/data/lo_data", file));
            case "shapesys" -> new Modifier.ShapeSys(name, numbers(d, mp + "/data", file));
            case "staterror" -> new Modifier.StatError(name, numbers(d, mp + "/data", file));
            default -> throw new InvalidInputException(file, mp + "/type", "unknown modifier type '" + type + "'");
        };
    }

    private static Measurement measurement(JsonNode m, String mp, String file) {
        JsonNode cfg = m.get("config");
        List<ParameterConfig> pars = parameters(cfg.get("parameters"), mp + "/config/parameters", file);
        return new Measurement(m.get("name").asText(), cfg.get("poi").asText(), pars);
    }

    private static List<ParameterConfig> parameters(JsonNode ps, String base, String file) {
        List<ParameterConfig> pars = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            String pp = base + "/" + i;
            String name = p.get("name").asText();
            if (!names.add(name)) {
                throw new InvalidInputException(file, pp + "/name",
                        "multiple parameter configurations for '" + name + "'");
            }
            List<List<Double>> bounds = null;
            if (p.has("bounds")) {
                bounds = new ArrayList<>();
                for (int b = 0; b < p.get("bounds").size(); b++) {
                    List<Double> pair = numbers(p.get("bounds").get(b), pp + "/bounds/" + b, file);
                    if (pair.size() != 2 || !(pair.get(0) <= pair.get(1))) {
                        throw new InvalidInputException(file, pp + "/bounds/" + b, "bounds must be a pair [lo, hi] with lo <= hi");
                    }
                    bounds.add(pair);
                }
            }
            pars.add(new ParameterConfig(name, opt(p, "inits", pp, file), bounds, opt(p, "auxdata", pp, file),
                    opt(p, "factors", pp, file), opt(p, "sigmas", pp, file),
                    p.has("fixed") ? p.get("fixed").asBoolean() : null));
        }
        return pars;
    }

    private static List<Double> opt(JsonNode p, String field, String pp, String file) {
        return p.has(field) ? numbers(p.get(field), pp + "/" + field, file) : null;
    }

    private static List<Double> numbers(JsonNode arr, String pointer, String file) {
        List<Double> out = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            out.add(finite(arr.get(i), pointer + "/" + i, file));
        }
        return out;
    }

    private static double finite(JsonNode n, String pointer, String file) {
        double v = n.asDouble();
        if (!n.isNumber() || !Double.isFinite(v)) {
            throw new InvalidInputException(file, pointer, "not a finite number: " + n);
        }
        return v;
    }
}
