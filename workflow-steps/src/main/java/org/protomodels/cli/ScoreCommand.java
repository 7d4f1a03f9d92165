package org.protomodels.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protomodels.combine.CriticVerdict;
import org.protomodels.combine.Profile;
import org.protomodels.combine.Score;
import org.protomodels.combine.ScoreDocument;
import org.protomodels.combine.Scorer;
import org.protomodels.database.DatabaseIO;
import org.protomodels.io.CanonicalJson;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.ProtoModelFiles;
import org.protomodels.step.InputMissingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code protomodel score}: K, Z, the best combination and the critics of one protomodel. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"The test statistic K of one protomodel on a database: the best combination of results with",
                "each member's contribution, mu-hat, the prior, and the critics' verdicts (docs/combine.md)."})
final class ScoreCommand implements Callable<Integer> {
    @ParentCommand
    ProtomodelCommand root;

    @Option(names = "--protomodel", required = true, paramLabel = "FILE",
            description = "A protomodel: the project's JSON (kind protomodel) or a reference hiscore dictionary file.")
    Path protomodel;

    @Option(names = "--index", paramLabel = "N", defaultValue = "0", description = "Which model of a hiscore list (default 0).")
    int index;

    @Option(names = "--database", required = true, paramLabel = "FILE", description = "database.json from ingest.")
    Path database;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "v2",
            description = "paper2020, v2 (default), efficient (ours: v2 scoring, a faster walk) or a profile YAML file.")
    String profile;

    @Option(names = "--workspaces", paramLabel = "DIR",
            description = "Folder the database's pyhf workspace paths are relative to (default: those analyses enter region by region).")
    Path workspaces;

    @Option(names = "--params", paramLabel = "FILE.yaml", description = "Profile overrides: profile.<section>.<key>: value.")
    Path params;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "One profile override, e.g. profile.prior.a1=3.")
    List<String> param = new ArrayList<>();

    @Option(names = "--json", description = "Print score.json (with likelihood curves) instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(protomodel)) {
            throw new InputMissingException("--protomodel " + protomodel + ": no such file");
        }
        if (!Files.isRegularFile(database)) {
            throw new InputMissingException("--database " + database + ": no such file");
        }
        if (workspaces != null && !Files.isDirectory(workspaces)) {
            throw new InputMissingException("--workspaces " + workspaces + ": not a folder");
        }
        Profile p = Profile.resolve(profile, CombineCommand.overrides(params, param));
        ProtoModel model = ProtoModelFiles.read(protomodel, index);
        Score s = Scorer.of(DatabaseIO.read(database), p, workspaces).withCurves(json).score(model);
        if (json) {
            root.out().print(new String(CanonicalJson.toBytes(ScoreDocument.of(s)), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            print(s, root.out());
        }
        return 0;
    }

    static void print(Score s, PrintStream o) {
        o.printf(Locale.ROOT, "profile %s%n", s.profile());
        o.printf(Locale.ROOT, "K = %s   Z = %s   TL = %s   mu-hat = %s (searched in [%s, %s])   UL(mu) = %s%n", f(s.k()),
                f(s.z()), f(s.tl()), f(s.muHat()), f(s.muHatLower()), f(s.muHatUpper()), f(s.upperLimit()));
        o.printf(Locale.ROOT, "prior: n_particles %d, n_BR %s, n_SSM %s, 2 ln pi = %s; penalty %s%n", s.prior().nParticles(),
                f(s.prior().nBranchings()), f(s.prior().nSsm()), f(s.prior().twoLnPi()), f(s.penalty()));
        if (s.explanation() != null) {
            o.println("note: " + s.explanation());
        }
        o.println();
        o.printf(Locale.ROOT, "%-26s %-18s %-14s %5s %8s %8s %7s %7s %7s %9s  %s%n", "analysis", "dataset", "type", "TeV",
                "observed", "expected", "r_obs", "r_exp", "Z", "contrib.", "particles");
        for (Score.Member m : s.combination()) {
            o.printf(Locale.ROOT, "%-26s %-18s %-14s %5s %8s %8s %7s %7s %7s %9s  %s%n", m.analysis(), m.dataset(), m.type(),
                    f(m.sqrts()), f(m.observed()), f(m.expected()), f(m.rObs()), f(m.rExp()), f(m.z()), f(m.contribution()),
                    m.particles());
        }
        if (s.combination().isEmpty()) {
            o.println("(empty combination)");
        }
        o.println();
        for (CriticVerdict v : s.critics()) {
            o.printf(Locale.ROOT, "critic %-6s %s  %s%n", v.name(), v.pass() ? "PASS" : "FAIL", v.description());
            for (CriticVerdict.Constraining c : v.mostConstraining()) {
                o.printf(Locale.ROOT, "    %-26s %-18s r_obs %s  r_exp %s%n", c.analysis(), c.dataset(), f(c.rObs()), f(c.rExp()));
            }
        }
        o.println("critics: " + (s.criticsPass() ? "pass" : "fail"));
    }

    private static String f(Double v) {
        return v == null || !Double.isFinite(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
    }
}
