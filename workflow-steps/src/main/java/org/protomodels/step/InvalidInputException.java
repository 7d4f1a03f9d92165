package org.protomodels.step;

import java.nio.file.Path;

/**
 * Input data that cannot be used: malformed syntax, schema violation, NaN, negative count, bad covariance.
 * The message always reads {@code file#/json/pointer: what is wrong} (or {@code file:line} for text formats).
 */
public class InvalidInputException extends ProtomodelException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String location;
    private final String problem;

    public InvalidInputException(String file, String location, String problem) {
        super(ExitCode.INVALID_INPUT, format(file, location, problem));
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    public InvalidInputException(Path file, String location, String problem) {
        this(file == null ? "<input>" : file.toString(), location, problem);
    }

    public InvalidInputException(String file, String location, String problem, Throwable cause) {
        super(ExitCode.INVALID_INPUT, format(file, location, problem), cause);
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    private static String format(String file, String location, String problem) {
        String where = file == null ? "<input>" : file;
        if (location != null && !location.isEmpty()) {
            where += location.startsWith(":") || location.startsWith("#") ? location : "#" + location;
        }
        return where + ": " + problem;
    }

    /** The file the fault is in, as given by the caller. */
    public String file() {
        return file;
    }

    /** A JSON pointer ({@code /a/0/b}) or {@code :line[:column]}; may be empty. */
    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
