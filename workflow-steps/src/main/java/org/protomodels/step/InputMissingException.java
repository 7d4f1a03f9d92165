package org.protomodels.step;

/** An input that does not exist or cannot be read. */
public class InputMissingException extends ProtomodelException {
    private static final long serialVersionUID = 1L;

    public InputMissingException(String message) {
        super(ExitCode.INPUT_MISSING, message);
    }

    public InputMissingException(String message, Throwable cause) {
        super(ExitCode.INPUT_MISSING, message, cause);
    }
}
