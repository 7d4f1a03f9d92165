package org.protomodels.database;

import java.util.List;
import java.util.Objects;

/** Constructor checks shared by the database records; each names the field it rejects. */
final class Checks {
    private Checks() {
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must be a non-empty string");
        }
        return value;
    }

    static double requireFinite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": must be a finite number, got " + value);
        }
        return value;
    }

    static double requireNonNegative(double value, String field) {
        requireFinite(value, field);
        if (value < 0) {
            throw new IllegalArgumentException(field + ": must be >= 0, got " + value);
        }
        return value;
    }

    static double requirePositive(double value, String field) {
        requireFinite(value, field);
        if (value <= 0) {
            throw new IllegalArgumentException(field + ": must be > 0, got " + value);
        }
        return value;
    }

    static Double requireNonNegativeOrNull(Double value, String field) {
        return value == null ? null : requireNonNegative(value, field);
    }

    static <T> List<T> copy(List<T> list, String field) {
        Objects.requireNonNull(list, field);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(field + "/" + i + ": must not be null");
            }
        }
        return List.copyOf(list);
    }
}
