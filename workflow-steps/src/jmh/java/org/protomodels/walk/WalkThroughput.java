package org.protomodels.walk;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.protomodels.combine.Profile;
import org.protomodels.combine.Scorer;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;

/**
 * Harness twin of {@link WalkStepBenchmark} that reports thread CPU time as well as wall time per step, so the
 * figure stays meaningful on a machine shared with other jobs. Usage:
 * {@code java -cp benchmarks.jar org.protomodels.walk.WalkThroughput DATABASE.json [steps] [reset] [warm-up] [profiles]}: per profile,
 * a walker starts at the 6-particle model, is reset to it every {@code reset} steps (default 50), {@code warm-up} steps
 * (default 200), then {@code steps} (default 1000) measured steps on one thread. Every map is triangulated first
 * ({@code Predictor.prepareMaps}, its CPU time printed), and the profiles share that predictor.
 */
public final class WalkThroughput {
    private WalkThroughput() {
    }

    public static void main(String[] args) {
        Database db = args[0].equals("-") ? null : DatabaseIO.read(Path.of(args[0]));
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int reset = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        String[] profiles = args.length > 4 ? args[4].split(",") : new String[] {"paper2020", "v2"};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // one predictor for every profile, every map triangulated up front (not in the warm-up steps)
        Scorer shared = null;
        if (db != null) {
            shared = Scorer.of(db, Profile.builtin("v2"));
            long c0 = mx.getCurrentThreadCpuTime();
            int maps = shared.predictor().prepareMaps();
            System.out.printf(Locale.ROOT, "prepareMaps: %d maps, CPU %.1f s%n", maps, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        for (String name : profiles) {
            // "flat:<profile>": the walker's own cost, with a constant K instead of the scorer
            boolean flat = name.startsWith("flat:");
            Profile p = Profile.builtin(flat ? name.substring(5) : name);
            WalkSettings s = WalkSettings.of(p);
            Evaluator ev = flat ? m -> Evaluation.of(1, 1, 1, 1, true, m.masses().keySet(), null)
                    : ScorerEvaluator.of(shared.withProfile(p), s);
            var start = WalkStepBenchmark.sixParticles();
            Evaluation e0 = ev.evaluate(start);
            long seed = 0;
            Walker w = null;
            long cpu = 0;
            long wall = 0;
            long particles = 0;
            int accepted = 0;
            int undefined = 0;
            for (int i = 0; i < warm + steps; i++) {
                if (i % reset == 0) {
                    w = Walker.at(0, s, Walker.SOURCE.create(++seed), start, e0);
                }
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                HistoryEntry h = w.step(ev);
                if (i >= warm) {
                    cpu += mx.getCurrentThreadCpuTime() - c0;
                    wall += System.nanoTime() - t0;
                    particles += h.particles().size();
                    accepted += h.accepted() ? 1 : 0;
                    undefined += h.k() == null ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d steps, CPU %.2f ms/step (%.0f steps/s per core), wall %.2f ms/step; "
                            + "mean particles %.2f, accepted %.0f %%, K undefined %.0f %%, K(start) %.3f%n", name, steps,
                    cpu / 1e6 / steps, steps / (cpu / 1e9), wall / 1e6 / steps, (double) particles / steps,
                    100.0 * accepted / steps, 100.0 * undefined / steps, e0.k());
        }
    }
}
