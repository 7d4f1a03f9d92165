package org.protomodels.ingest.hepdata;

import java.util.List;
import org.protomodels.step.InvalidInputException;

/** The outcome of validating a record: the record when valid, else every problem found; notes either way. */
public record Validation(HepDataRecord record, List<Problem> problems, List<String> notes) {
    public Validation {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        if ((record == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("validation: a record exactly when there are no problems");
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The record, or an {@link InvalidInputException} for the first problem (the message counts the others). */
    public HepDataRecord orThrow() {
        if (valid()) {
            return record;
        }
        Problem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s): "
                + String.join("; ", problems.subList(1, Math.min(problems.size(), 6)).stream().map(Problem::toString).toList())
                + (problems.size() > 6 ? "; ..." : "") + ")" : "";
        throw new InvalidInputException(first.file(), first.location(), first.message() + more);
    }

    /** True if some problem's message contains {@code text} (case-sensitive). */
    public boolean mentions(String text) {
        return problems.stream().anyMatch(p -> p.message().contains(text) || p.file().contains(text));
    }
}
