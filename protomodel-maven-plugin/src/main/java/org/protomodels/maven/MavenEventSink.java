package org.protomodels.maven;

import java.util.HashMap;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;
import org.protomodels.step.EventSink;

/** Adapts stage events to Maven's log (progress at most every few seconds per task). */
final class MavenEventSink implements EventSink {
    private final Log log;
    private final Map<String, Long> last = new HashMap<>();

    MavenEventSink(Log log) {
        this.log = log;
    }

    @Override
    public void log(Level level, String message) {
        switch (level) {
            case DEBUG -> log.debug(message);
            case INFO -> log.info(message);
            case WARN -> log.warn(message);
            default -> log.info(message);
        }
    }

    @Override
    public synchronized void progress(String task, long done, long total, String detail) {
        long now = System.nanoTime();
        Long prev = last.get(task);
        if (prev == null || (total > 0 && done >= total) || now - prev > 5_000_000_000L) {
            last.put(task, now);
            log.info(task + ": " + done + (total > 0 ? "/" + total : "") + (detail == null ? "" : " (" + detail + ")"));
        }
    }
}
