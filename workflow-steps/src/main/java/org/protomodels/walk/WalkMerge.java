package org.protomodels.walk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.protomodels.io.AtomicFiles;
import org.protomodels.io.Json;
import org.protomodels.io.SchemaValidator;
import org.protomodels.io.Sha256;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;
import org.protomodels.step.OutputException;
import org.protomodels.step.Stage;
import org.protomodels.step.StageOutput;
import org.protomodels.step.StepManifest;
import org.protomodels.step.UsageException;

/**
 * {@code walk-merge}: joins partial walks ({@code walk --walker-range FROM:TO}) into the folder one full run with
 * the same seed writes, byte for byte: {@code hiscores.json} is the top 10 of the parts' per-walker lists (the
 * same pure function the full run applies), {@code history.jsonl} the parts' histories in walker order, the
 * checkpoints are copied, and {@code walk.manifest.json} is the full run's (stage walk, same parameters, seed,
 * database digest, output digests), so {@code walk --resume} and every later stage treat the result as one walk.
 * Parts of different runs (profile, seed, steps, walkers, database), overlapping or missing walker ranges, and
 * parts whose files do not match their manifest are refused, naming the folder.
 */
public final class WalkMerge implements Stage<WalkMergeInputs, WalkMerge.Result> {
    public static final String NAME = "walk-merge";
    private static final SchemaValidator SCHEMAS = SchemaValidator.own();

    /** The merged outputs and hiscores. */
    public record Result(Path hiscores, Path history, Hiscores best, int parts) {
    }

    /** One part folder, read and checked against its own manifest. */
    private record Part(Path dir, Hiscores hiscores, StepManifest manifest) {
        WalkerRange range() {
            return hiscores.walkerRange();
        }
    }

    private final EventSink events;

    public WalkMerge(EventSink events) {
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result run(WalkMergeInputs in) {
        Path outReal = real(in.out());
        List<Part> parts = new ArrayList<>();
        for (Path dir : in.parts()) {
            if (real(dir).equals(outReal)) {
                throw new UsageException("walk-merge: --out " + in.out() + " is also the part " + dir
                        + "; write the merged walk into a folder of its own");
            }
            parts.add(read(dir));
        }
        Part first = parts.get(0);
        for (Part p : parts) {
            sameRun(first, p);
        }
        parts.sort(Comparator.comparingInt((Part p) -> p.range().from()));
        checkCover(parts, first.hiscores().walkers());
        for (Part p : parts) {
            checkHistory(p);
        }

        Hiscores h0 = first.hiscores();
        List<HiscoreEntry> all = new ArrayList<>();
        long lines = 0;
        for (Part p : parts) {
            for (WalkerHiscores w : p.hiscores().walkerHiscores()) {
                all.addAll(w.entries());
            }
            lines += (long) p.range().size() * h0.steps();
        }
        Hiscores best = new Hiscores(Hiscores.KIND, Hiscores.VERSION, h0.profile(), h0.seed(), h0.walkers(), h0.steps(),
                Hiscores.top(all, Hiscores.KEEP));
        // exactly the parameters of a full run (WalkStage), so the manifest has its bytes
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("profile", h0.profile());
        params.put("walkers", h0.walkers());
        params.put("steps", h0.steps());

        Path manifest = in.out().resolve(WalkStage.NAME + ".manifest.json");
        try {
            Files.createDirectories(in.out());
            Files.deleteIfExists(manifest); // a stale manifest must not vouch for a half-merged folder
        } catch (IOException e) {
            throw new OutputException(in.out() + ": cannot prepare the output folder (" + e.getMessage() + ")", e);
        }
        copyCheckpoints(parts, h0, in.out().resolve(WalkStage.CHECKPOINTS));
        try (StageOutput out = new StageOutput(WalkStage.NAME, in.out())) {
            out.writeJson("hiscores.json", best);
            // the parts' files one after the other (streamed: a history can be large)
            AtomicFiles.write(out.file("history.jsonl"), os -> {
                for (Part p : parts) {
                    Files.copy(p.dir().resolve("history.jsonl"), os);
                }
            });
            out.commit(params, h0.seed(), first.manifest().inputs());
        }
        events.info(String.format(Locale.ROOT, "walk-merge: %d parts, %d walkers, %d history lines -> %s",
                parts.size(), h0.walkers(), lines, in.out()));
        return new Result(in.out().resolve("hiscores.json"), in.out().resolve("history.jsonl"), best, parts.size());
    }

    private static Path real(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** Reads a part: its hiscores (schema, must be partial), its manifest, and checks the files against it. */
    private static Part read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputMissingException("walk-merge: " + dir + ": no such folder");
        }
        Path hs = dir.resolve("hiscores.json");
        Path hist = dir.resolve("history.jsonl");
        Path mf = dir.resolve(WalkStage.NAME + ".manifest.json");
        for (Path f : List.of(hs, hist, mf)) {
            if (!Files.isRegularFile(f)) {
                throw new InputMissingException("walk-merge: " + dir + " has no " + f.getFileName()
                        + " (not a finished walk; rerun that part with --resume)");
            }
        }
        JsonNode doc = Json.readTree(hs);
        SCHEMAS.validateOwn(doc, hs.toString());
        Hiscores h;
        try {
            h = Json.mapper().treeToValue(doc, Hiscores.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(hs.toString(), "", e.getMessage(), e);
        }
        if (!h.partial()) {
            throw new UsageException("walk-merge: " + dir + " is a full walk (its hiscores.json has no walkerRange);"
                    + " merge only the parts written by walk --walker-range FROM:TO");
        }
        StepManifest m = Json.readValue(mf, StepManifest.class);
        if (!WalkStage.NAME.equals(m.stage())) {
            throw new InvalidInputException(mf.toString(), "/stage", "expected \"walk\", got \"" + m.stage() + "\"");
        }
        Object range = m.parameters().get("walkerRange");
        if (!h.walkerRange().toString().equals(range)) {
            throw new InvalidInputException(mf.toString(), "/parameters/walkerRange", "is " + range
                    + " but hiscores.json says " + h.walkerRange());
        }
        if (m.seed() == null || m.seed() != h.seed() || !h.profile().equals(m.parameters().get("profile"))
                || !Integer.valueOf(h.walkers()).equals(m.parameters().get("walkers"))
                || !Integer.valueOf(h.steps()).equals(m.parameters().get("steps"))) {
            throw new InvalidInputException(mf.toString(), "/parameters",
                    "profile, walkers, steps or seed differ from hiscores.json in the same folder");
        }
        List<String> listed = m.outputs().stream().map(StepManifest.FileDigest::path).toList();
        if (!listed.containsAll(List.of("hiscores.json", "history.jsonl"))) {
            throw new InvalidInputException(mf.toString(), "/outputs", "must list hiscores.json and history.jsonl, lists "
                    + listed);
        }
        for (StepManifest.FileDigest d : m.outputs()) {
            Path f = dir.resolve(d.path());
            if (!Files.isRegularFile(f) || !Sha256.of(f).equals(d.sha256())) {
                throw new InvalidInputException(f.toString(), "", "missing or changed since the walk wrote it"
                        + " (sha256 differs from " + mf.getFileName() + ")");
            }
        }
        List<WalkerHiscores> per = h.walkerHiscores();
        WalkerRange r = h.walkerRange();
        if (r.to() > h.walkers() || per.size() != r.size()) {
            throw new InvalidInputException(hs.toString(), "/walkerHiscores", "range " + r + " of " + h.walkers()
                    + " walkers needs " + r.size() + " per-walker lists, found " + per.size());
        }
        for (int i = 0; i < per.size(); i++) {
            if (per.get(i).walker() != r.from() + i) {
                throw new InvalidInputException(hs.toString(), "/walkerHiscores/" + i + "/walker",
                        "expected walker " + (r.from() + i) + ", got " + per.get(i).walker());
            }
        }
        return new Part(dir, h, m);
    }

    /** The part belongs to the same run as the first one: profile, seed, steps, walkers and database. */
    private static void sameRun(Part a, Part b) {
        List<String> diff = new ArrayList<>();
        Hiscores x = a.hiscores();
        Hiscores y = b.hiscores();
        if (!x.profile().equals(y.profile())) {
            diff.add("profile " + y.profile() + " vs " + x.profile());
        }
        if (x.seed() != y.seed()) {
            diff.add("seed " + y.seed() + " vs " + x.seed());
        }
        if (x.steps() != y.steps()) {
            diff.add("steps " + y.steps() + " vs " + x.steps());
        }
        if (x.walkers() != y.walkers()) {
            diff.add("walkers " + y.walkers() + " vs " + x.walkers());
        }
        if (!a.manifest().inputs().equals(b.manifest().inputs())) {
            diff.add("database " + digest(b) + " vs " + digest(a));
        }
        if (!diff.isEmpty()) {
            throw new UsageException("walk-merge: " + b.dir() + " is a part of another run than " + a.dir() + " ("
                    + String.join(", ", diff) + ")");
        }
    }

    private static String digest(Part p) {
        List<StepManifest.FileDigest> in = p.manifest().inputs();
        return in.isEmpty() ? "none" : in.get(0).path() + " sha256 " + in.get(0).sha256().substring(0, 12);
    }

    /** The ranges, sorted by start, cover 0..N-1 exactly once. */
    private static void checkCover(List<Part> sorted, int walkers) {
        int next = 0;
        Part prev = null;
        for (Part p : sorted) {
            WalkerRange r = p.range();
            if (r.from() < next) {
                throw new UsageException("walk-merge: walkers " + r + " of " + p.dir() + " overlap walkers "
                        + prev.range() + " of " + prev.dir());
            }
            if (r.from() > next) {
                throw new UsageException("walk-merge: walkers " + next + ":" + r.from() + " are in no part (missing "
                        + (prev == null ? "before " + p.dir() : "between " + prev.dir() + " and " + p.dir()) + ")");
            }
            next = r.to();
            prev = p;
        }
        if (next != walkers) {
            throw new UsageException("walk-merge: walkers " + next + ":" + walkers + " of the " + walkers
                    + "-walker run are in no part (the last part, " + prev.dir() + ", ends at " + next + ")");
        }
    }

    /** One line per walker of the range and step 1..M, sorted by walker then step, as the full run writes them. */
    private static void checkHistory(Part p) {
        Path file = p.dir().resolve("history.jsonl");
        int steps = p.hiscores().steps();
        long expected = (long) p.range().size() * steps;
        long n = 0;
        try (java.io.BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (n == expected) {
                    throw new InvalidInputException(file.toString(), ":" + (n + 1), "more than " + expected
                            + " lines (walkers " + p.range() + " x " + steps + " steps)");
                }
                int walker = p.range().from() + (int) (n / steps);
                int step = (int) (n % steps) + 1;
                n++;
                JsonNode h = Json.mapper().readTree(line);
                if (h == null || h.path("walker").asInt(-1) != walker || h.path("step").asInt(-1) != step) {
                    throw new InvalidInputException(file.toString(), ":" + n, "expected walker " + walker
                            + " step " + step + ", got walker " + (h == null ? "-" : h.path("walker")) + " step "
                            + (h == null ? "-" : h.path("step")));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(file.toString(), ":" + n, "not JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new InputMissingException("walk-merge: cannot read " + file + " (" + e.getMessage() + ")", e);
        }
        if (n != expected) {
            throw new InvalidInputException(file.toString(), "", n + " lines, expected " + expected + " (walkers "
                    + p.range() + " x " + steps + " steps)");
        }
    }

    /** The parts' final checkpoints, so the merged folder resumes (--resume --steps M') like a full run. */
    private void copyCheckpoints(List<Part> parts, Hiscores h, Path target) {
        AtomicFiles.deleteTree(target);
        List<Integer> missing = new ArrayList<>();
        for (Part p : parts) {
            for (int w = p.range().from(); w < p.range().to(); w++) {
                String name = String.format(Locale.ROOT, "walker-%04d.json", w);
                Path src = p.dir().resolve(WalkStage.CHECKPOINTS).resolve(name);
                if (!Files.isRegularFile(src)) {
                    missing.add(w);
                    continue;
                }
                try {
                    AtomicFiles.write(target.resolve(name), Files.readAllBytes(src));
                } catch (IOException e) {
                    throw new InputMissingException("walk-merge: cannot read " + src + " (" + e.getMessage() + ")", e);
                }
            }
        }
        if (!missing.isEmpty()) {
            events.warn("walk-merge: no checkpoint of walker(s) " + missing + "; a later --resume --steps M' restarts"
                    + " them from step 0 (same result, more time)");
        }
    }
}
