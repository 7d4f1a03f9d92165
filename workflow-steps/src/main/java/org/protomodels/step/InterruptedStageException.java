package org.protomodels.step;

/** The stage was stopped (SIGINT/SIGTERM) after writing a checkpoint; rerun with --resume. */
public class InterruptedStageException extends ProtomodelException {
    private static final long serialVersionUID = 1L;

    public InterruptedStageException(String message) {
        super(ExitCode.INTERRUPTED, message);
    }
}
