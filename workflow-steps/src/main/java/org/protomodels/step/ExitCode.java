package org.protomodels.step;

/** Process exit codes of every stage (sysexits.h), the same for the CLI, the image and the workflow. */
public enum ExitCode {
    OK(0),
    USAGE(64),
    INVALID_INPUT(65),
    INPUT_MISSING(66),
    INTERNAL(70),
    CANNOT_WRITE(73),
    INTERRUPTED(75);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
