package org.protomodels.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protomodels.combine.Combinability;
import org.protomodels.combine.CombineInputs;
import org.protomodels.combine.CombineStage;
import org.protomodels.database.DatabaseIO;
import org.protomodels.io.Yaml;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel combine}: which analyses may be combined (combinability.json), or one pair explained. */
@Command(name = "combine", mixinStandardHelpOptions = true,
        description = {"Which analyses of a database may be multiplied into one likelihood (spec 5.1), as a symmetric",
                "matrix with the rule behind each entry (combinability.json); with --protomodel also its score",
                "(score.json: K, Z, best combination, critics, likelihood curves). --explain A B prints one verdict."})
final class CombineCommand implements Callable<Integer> {
    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--database", required = true, paramLabel = "FILE", description = "database.json from ingest.")
    Path database;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "v2",
            description = "paper2020, v2 (default), efficient (ours: v2 scoring, a faster walk) or a profile YAML file (docs/combine.md).")
    String profile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (required unless --explain).")
    Path out;

    @Option(names = "--protomodel", paramLabel = "FILE",
            description = "Also score this protomodel into score.json (project JSON, a walk's hiscores.json or a hiscore dictionary).")
    Path protomodel;

    @Option(names = "--index", paramLabel = "N", defaultValue = "0", description = "Which model of a list (default 0, the best).")
    int index;

    @Option(names = "--workspaces", paramLabel = "DIR", description = "Folder the database's pyhf workspace paths are relative to.")
    Path workspaces;

    @Option(names = "--explain", arity = "2", paramLabel = "ANALYSIS", description = "Print the verdict for two analyses.")
    List<String> explain;

    @Option(names = "--params", paramLabel = "FILE.yaml", description = "Profile overrides: profile.<section>.<key>: value.")
    Path params;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "One override, e.g. profile.critics.fast.rThreshold=1.5.")
    List<String> param = new ArrayList<>();

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto", description = "auto, plain or none.")
    String progress;

    @Override
    public Integer call() {
        if (explain != null) {
            if (!Files.isRegularFile(database)) {
                throw new InputMissingException("--database " + database + ": no such file");
            }
            Combinability c = Combinability.of(DatabaseIO.read(database));
            Combinability.Verdict v;
            try {
                v = c.analyses(explain.get(0), explain.get(1));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--explain: " + e.getMessage());
            }
            root.out().println((v.combinable() ? "combinable: " : "not combinable: ") + v.reason());
            return 0;
        }
        if (out == null) {
            throw new UsageException("combine: --out DIR is required (or ask --explain A B)");
        }
        CliEventSink.Mode mode = switch (progress) {
            case "auto" -> CliEventSink.Mode.AUTO;
            case "plain" -> CliEventSink.Mode.PLAIN;
            case "none" -> CliEventSink.Mode.NONE;
            default -> throw new UsageException("--progress: must be auto, plain or none, got '" + progress + "'");
        };
        try (CliEventSink sink = new CliEventSink(root.err(), mode)) {
            var r = new CombineStage(sink).run(new CombineInputs(database, profile, overrides(params, param), protomodel,
                    index, workspaces, out));
            root.out().println("combine: " + r.file());
            if (r.score() != null) {
                root.out().println("score: " + r.score());
            }
            return 0;
        }
    }

    /** Profile overrides from a --params YAML mapping and --param KEY=VALUE (the latter win). */
    static Map<String, String> overrides(Path params, List<String> param) {
        Map<String, String> m = new LinkedHashMap<>();
        if (params != null) {
            if (!Files.isRegularFile(params)) {
                throw new InputMissingException("--params " + params + ": no such file");
            }
            flatten("", Yaml.readTree(params), m);
            m.remove("kind");
            m.remove("version");
        }
        for (String p : param) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param " + p + ": expected KEY=VALUE");
            }
            m.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        }
        return m;
    }

    private static void flatten(String prefix, JsonNode n, Map<String, String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else {
            out.put(prefix, n.isTextual() ? n.asText() : n.toString());
        }
    }
}
