package org.protomodels.walk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.protomodels.io.AtomicFiles;
import org.protomodels.io.CanonicalJson;
import org.protomodels.io.Json;
import org.protomodels.io.Sha256;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InterruptedStageException;
import org.protomodels.step.ProtomodelException;
import org.protomodels.step.Stage;
import org.protomodels.step.StageOutput;
import org.protomodels.step.StepManifest;
import org.protomodels.step.UsageException;

/**
 * The walk stage (spec 2): N independent walkers of M steps. Walker i draws from jump i of the seed's
 * XoRoShiRo128++ stream and runs on whichever of the T threads is free, so the result never depends on T or on
 * scheduling. Each walker checkpoints its full state into {@code <out>/checkpoints/walker-NNNN.json} every few
 * seconds and when a stop is requested (then the stage throws {@link InterruptedStageException}, exit 75);
 * {@code resume} continues from those files to the bytes of an uninterrupted run. Outputs: {@code hiscores.json}
 * (global top 10 by K) and {@code history.jsonl} (one line per walker and step, sorted by walker then step).
 * With a walker range only those walkers run (a partial walk: the manifest's parameters and hiscores.json name the
 * range, hiscores.json keeps each walker's own top 10); {@link WalkMerge} joins the parts into the full run's bytes.
 */
public final class WalkStage implements Stage<WalkInputs, WalkStage.Result> {
    public static final String NAME = "walk";
    public static final String CHECKPOINTS = "checkpoints";

    /** Where the outputs are, the hiscores, and whether the run was already complete (resume of a finished run). */
    public record Result(Path hiscores, Path history, Hiscores best, boolean alreadyComplete) {
    }

    /** Opens the evaluators of a run: the supplier is called once per worker thread. */
    @FunctionalInterface
    public interface Evaluators {
        Supplier<Evaluator> open(WalkInputs in);
    }

    private final EventSink events;
    private final Evaluators evaluators;

    public WalkStage(EventSink events, Evaluators evaluators) {
        this.events = events;
        this.evaluators = evaluators;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result run(WalkInputs in) {
        String dbSha = "none";
        if (in.database() != null) {
            if (!Files.isRegularFile(in.database())) {
                throw new InputMissingException("--database " + in.database() + ": no such file");
            }
            dbSha = Sha256.of(in.database());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("profile", in.settings().profile());
        params.put("walkers", in.walkers());
        params.put("steps", in.steps());
        if (in.walkerRange() != null) {
            params.put("walkerRange", in.walkerRange().toString());
        }
        List<StepManifest.FileDigest> inputs = in.database() == null ? List.of()
                : List.of(new StepManifest.FileDigest("database/" + in.database().getFileName(), dbSha));
        Path hiscoresFile = in.out().resolve("hiscores.json");
        Path historyFile = in.out().resolve("history.jsonl");
        if (in.resume() && complete(in, params, inputs)) {
            events.info("walk: " + in.out() + " already holds this run; nothing to do");
            return new Result(hiscoresFile, historyFile, Json.readValue(hiscoresFile, Hiscores.class), true);
        }
        Path ckDir = in.out().resolve(CHECKPOINTS);
        if (!in.resume()) {
            AtomicFiles.deleteTree(ckDir);
        }
        // walker i: jump i of the master stream, all derived up front in walker order
        JumpableUniformRandomProvider master = (JumpableUniformRandomProvider) Walker.SOURCE.create(in.seed());
        List<RestorableUniformRandomProvider> streams = new ArrayList<>();
        WalkerRange range = in.range();
        for (int i = 0; i < range.to(); i++) {
            streams.add((RestorableUniformRandomProvider) master.jump());
        }
        Supplier<Evaluator> factory = evaluators.open(in);
        ThreadLocal<Evaluator> perThread = ThreadLocal.withInitial(factory);
        Progress progress = new Progress(events, (long) range.size() * in.steps());
        AtomicBoolean abort = new AtomicBoolean();
        String sha = dbSha;
        ExecutorService pool = Executors.newFixedThreadPool(in.threads(), r -> {
            Thread t = new Thread(r, "walker");
            t.setDaemon(true);
            return t;
        });
        List<Future<Walker>> futures = new ArrayList<>();
        try {
            for (int i = range.from(); i < range.to(); i++) {
                int id = i;
                futures.add(pool.submit(() -> runWalker(in, id, streams.get(id), ckDir, sha, perThread, progress, abort)));
            }
            List<Walker> done = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<Walker> f : futures) {
                try {
                    done.add(f.get());
                } catch (ExecutionException e) {
                    abort.set(true);
                    Throwable c = e.getCause();
                    if (failure == null || (failure instanceof InterruptedStageException && !(c instanceof InterruptedStageException))) {
                        failure = c instanceof RuntimeException re ? re : new IllegalStateException(c);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    abort.set(true);
                    failure = new InterruptedStageException("walk: interrupted; rerun with --resume");
                }
            }
            if (failure != null) {
                throw failure;
            }
            progress.finish();
            return write(in, params, inputs, done, hiscoresFile, historyFile);
        } finally {
            pool.shutdownNow();
        }
    }

    private Walker runWalker(WalkInputs in, int id, RestorableUniformRandomProvider stream, Path ckDir, String sha,
                             ThreadLocal<Evaluator> evaluator, Progress progress, AtomicBoolean abort) {
        Path ck = ckDir.resolve(String.format(Locale.ROOT, "walker-%04d.json", id));
        Walker w;
        if (in.resume() && Files.isRegularFile(ck)) {
            WalkCheckpoint c = WalkCheckpoint.read(ck);
            check(c, in, sha, ck);
            w = Walker.restore(c, in.settings());
            progress.resumed(w.step());
        } else {
            w = Walker.start(id, in.settings(), stream);
        }
        if (w.step() >= in.steps()) {
            return w;
        }
        if (in.stop().getAsBoolean() || abort.get()) {
            throw new InterruptedStageException("walk: stopped before walker " + id + " started; rerun with --resume");
        }
        Evaluator ev = evaluator.get();
        long last = System.nanoTime();
        long interval = (long) (in.checkpointSeconds() * 1e9);
        while (w.step() < in.steps()) {
            if (in.stop().getAsBoolean() || abort.get()) {
                save(w, in, sha, ck);
                throw new InterruptedStageException("walk: stopped at step " + w.step() + " of walker " + id
                        + "; checkpoints in " + ckDir + ", rerun with --resume");
            }
            HistoryEntry h = w.step(ev);
            progress.step(h.k());
            if (System.nanoTime() - last > interval) {
                save(w, in, sha, ck);
                last = System.nanoTime();
            }
        }
        save(w, in, sha, ck);
        return w;
    }

    private static void save(Walker w, WalkInputs in, String sha, Path ck) {
        WalkCheckpoint.write(ck, w.checkpoint(in.settings().profile(), in.seed(), in.walkers(), in.steps(), sha));
    }

    /** A checkpoint belongs to this run: same profile, seed, walkers, database; not beyond the target steps. */
    private static void check(WalkCheckpoint c, WalkInputs in, String sha, Path file) {
        List<String> diff = new ArrayList<>();
        if (!c.profile().equals(in.settings().profile())) {
            diff.add("profile " + c.profile());
        }
        if (c.seed() != in.seed()) {
            diff.add("seed " + c.seed());
        }
        if (c.walkers() != in.walkers()) {
            diff.add("walkers " + c.walkers());
        }
        if (!c.databaseSha256().equals(sha)) {
            diff.add("another database");
        }
        if (c.step() > in.steps()) {
            diff.add("already " + c.step() + " steps");
        }
        if (!diff.isEmpty()) {
            throw new UsageException("--resume: " + file + " belongs to another run (" + String.join(", ", diff)
                    + "); rerun without --resume to start afresh");
        }
    }

    private static boolean complete(WalkInputs in, Map<String, Object> params, List<StepManifest.FileDigest> inputs) {
        Path m = in.out().resolve(NAME + ".manifest.json");
        if (!Files.isRegularFile(m) || !Files.isRegularFile(in.out().resolve("hiscores.json"))) {
            return false;
        }
        try {
            StepManifest old = Json.readValue(m, StepManifest.class);
            Map<String, Object> p = Json.mapper().convertValue(new java.util.TreeMap<>(params), Map.class);
            return old.seed() != null && old.seed() == in.seed() && old.parameters().equals(p) && old.inputs().equals(inputs);
        } catch (ProtomodelException e) {
            return false;
        }
    }

    private Result write(WalkInputs in, Map<String, Object> params, List<StepManifest.FileDigest> inputs,
                         List<Walker> walkers, Path hiscoresFile, Path historyFile) {
        List<HiscoreEntry> all = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (Walker w : walkers) {
            all.addAll(w.best());
            for (HistoryEntry h : w.history()) {
                lines.append(CanonicalJson.toLine(h)).append('\n');
            }
        }
        List<WalkerHiscores> perWalker = null;
        if (in.walkerRange() != null) {
            // a part keeps every walker's own list: the global top 10 is a function of those lists only
            perWalker = new ArrayList<>();
            for (Walker w : walkers) {
                perWalker.add(new WalkerHiscores(w.id(), w.best()));
            }
        }
        Hiscores best = new Hiscores(Hiscores.KIND, Hiscores.VERSION, in.settings().profile(), in.seed(), in.walkers(),
                in.steps(), Hiscores.top(all, Hiscores.KEEP), in.walkerRange(), perWalker);
        try (StageOutput out = new StageOutput(NAME, in.out())) {
            out.writeJson("hiscores.json", best);
            AtomicFiles.write(out.file("history.jsonl"), lines.toString().getBytes(StandardCharsets.UTF_8));
            out.commit(params, in.seed(), inputs);
        }
        if (!best.entries().isEmpty()) {
            HiscoreEntry top = best.entries().get(0);
            events.info(String.format(Locale.ROOT, "walk: best K = %.3f (walker %d, step %d), particles %s", top.k(),
                    top.walker(), top.step(), top.protomodel().masses().keySet()));
        } else {
            events.info("walk: no protomodel with a defined K was accepted");
        }
        return new Result(hiscoresFile, historyFile, best, false);
    }

    /** Steps per second and the best K so far, for the progress bar (a bar on a terminal, plain lines otherwise). */
    private static final class Progress {
        private final EventSink events;
        private final long total;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong resumed = new AtomicLong();
        private final long start = System.nanoTime();
        private double bestK = Double.NEGATIVE_INFINITY;

        Progress(EventSink events, long total) {
            this.events = events;
            this.total = total;
        }

        void resumed(long steps) {
            resumed.addAndGet(steps);
            done.addAndGet(steps);
        }

        void step(Double k) {
            long d = done.incrementAndGet();
            String detail;
            synchronized (this) {
                if (k != null && k > bestK) {
                    bestK = k;
                }
                double secs = (System.nanoTime() - start) / 1e9;
                double rate = secs > 0 ? (d - resumed.get()) / secs : 0;
                detail = String.format(Locale.ROOT, "%.1f steps/s, best K %s", rate,
                        bestK == Double.NEGATIVE_INFINITY ? "-" : String.format(Locale.ROOT, "%.2f", bestK));
            }
            events.progress(NAME, d, total, detail);
        }

        void finish() {
            events.progress(NAME, total, total, null);
        }
    }
}
