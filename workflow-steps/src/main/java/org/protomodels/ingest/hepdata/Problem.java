package org.protomodels.ingest.hepdata;

import org.protomodels.step.InvalidInputException;

/**
 * One fault found while validating a record: the file (as described to the user, {@code archive!/member} inside
 * archives), a JSON pointer or {@code :line:col}, and what is wrong. In submission.yaml the pointer starts with the
 * 0-based index of the YAML document ({@code /3/data_file} is the data_file of the fourth document).
 */
public record Problem(String file, String location, String message) {
    public Problem {
        java.util.Objects.requireNonNull(file, "file");
        location = location == null ? "" : location;
        java.util.Objects.requireNonNull(message, "message");
    }

    static Problem of(InvalidInputException e) {
        return new Problem(e.file(), e.location(), e.problem());
    }

    public InvalidInputException toException() {
        return new InvalidInputException(file, location, message);
    }

    @Override
    public String toString() {
        return toException().getMessage();
    }
}
