package org.protomodels.step;

/** An output that cannot be written. */
public class OutputException extends ProtomodelException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message, Throwable cause) {
        super(ExitCode.CANNOT_WRITE, message, cause);
    }
}
