package org.protomodels.step;

/**
 * Where a stage reports what it does. Adapters turn it into log lines, a progress bar or Maven's log;
 * a stage never prints.
 */
public interface EventSink {
    enum Level { DEBUG, INFO, WARN }

    void log(Level level, String message);

    /** Progress of a long task: {@code done} of {@code total} units (total may be 0 when unknown). */
    void progress(String task, long done, long total, String detail);

    default void info(String message) {
        log(Level.INFO, message);
    }

    default void warn(String message) {
        log(Level.WARN, message);
    }

    /** A sink that drops everything (tests, nested calls). */
    EventSink NONE = new EventSink() {
        @Override
        public void log(Level level, String message) {
        }

        @Override
        public void progress(String task, long done, long total, String detail) {
        }
    };
}
