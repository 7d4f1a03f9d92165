package org.protomodels.step;

/** Base of every failure a stage reports; each kind maps to one exit code. */
public class ProtomodelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode exitCode;

    public ProtomodelException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ProtomodelException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
