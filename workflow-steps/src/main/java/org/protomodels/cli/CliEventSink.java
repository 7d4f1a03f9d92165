package org.protomodels.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.protomodels.step.EventSink;

/**
 * Events to stderr: a progress bar on a terminal, plain log lines otherwise (REANA, CI, pipes).
 * Plain progress is rate-limited to one line per task every few seconds so logs stay readable.
 */
final class CliEventSink implements EventSink, AutoCloseable {
    enum Mode { AUTO, PLAIN, NONE }

    private final PrintStream err;
    private final boolean bars;
    private final boolean quiet;
    private final Map<String, ProgressBar> open = new HashMap<>();
    private final Map<String, Long> lastPlain = new HashMap<>();

    CliEventSink(PrintStream err, Mode mode) {
        this.err = err;
        this.quiet = mode == Mode.NONE;
        this.bars = mode == Mode.AUTO && System.console() != null;
    }

    @Override
    public synchronized void log(Level level, String message) {
        if (quiet && level != Level.WARN) {
            return;
        }
        if (level == Level.DEBUG) {
            return;
        }
        err.println((level == Level.WARN ? "warning: " : "") + message);
    }

    @Override
    public synchronized void progress(String task, long done, long total, String detail) {
        if (quiet) {
            return;
        }
        if (bars) {
            ProgressBar bar = open.computeIfAbsent(task, t -> new ProgressBarBuilder().setTaskName(t)
                    .setInitialMax(total > 0 ? total : -1).setStyle(ProgressBarStyle.ASCII).setConsumer(
                            new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build());
            bar.stepTo(done);
            if (detail != null) {
                bar.setExtraMessage(detail);
            }
            if (total > 0 && done >= total) {
                bar.close();
                open.remove(task);
            }
            return;
        }
        long now = System.nanoTime();
        Long last = lastPlain.get(task);
        boolean finished = total > 0 && done >= total;
        if (last == null || finished || now - last > 5_000_000_000L) {
            lastPlain.put(task, now);
            String of = total > 0 ? "/" + total : "";
            err.println(task + ": " + done + of + (detail == null ? "" : " (" + detail + ")"));
        }
    }

    @Override
    public synchronized void close() {
        open.values().forEach(ProgressBar::close);
        open.clear();
    }
}
