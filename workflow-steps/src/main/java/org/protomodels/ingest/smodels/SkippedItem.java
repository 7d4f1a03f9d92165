package org.protomodels.ingest.smodels;

/**
 * A file, folder or field the SModelS reader did not use, and why (for {@code ingest-report.json}).
 * {@code path} is relative to the database root, with {@code /} separators and {@code :line} or {@code #field}
 * where a part of a file is meant.
 */
public record SkippedItem(String path, String reason) {
    public SkippedItem {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path: must be a non-empty string");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: must be a non-empty string");
        }
    }
}
