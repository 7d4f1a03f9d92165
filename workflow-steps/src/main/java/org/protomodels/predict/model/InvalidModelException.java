package org.protomodels.predict.model;

/** A protomodel that breaks a physics rule; {@link #pointer()} is the JSON pointer of the offending field. */
public final class InvalidModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String pointer;

    public InvalidModelException(String pointer, String problem) {
        super(pointer + ": " + problem);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
