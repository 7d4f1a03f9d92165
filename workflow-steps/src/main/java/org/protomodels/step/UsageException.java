package org.protomodels.step;

/** Parameters that do not fit the stage: unknown key, missing required option, value out of range. */
public class UsageException extends ProtomodelException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(ExitCode.USAGE, message);
    }
}
