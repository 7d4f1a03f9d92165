package org.protomodels.database;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads databases like {@link DatabaseIO#read} but keeps every original an overlay refers to: the walks on all the
 * fakes of one database then read and hash the (large) original once, and each fake is its overlay applied to the
 * kept records (unchanged maps are the original's objects, so caches keyed on them carry over). A plain database
 * file is read afresh each time. Assumes the originals do not change while this object is in use. Thread-safe.
 */
public final class OriginalDatabases {
    private final ConcurrentHashMap<Path, DatabaseIO.Original> originals = new ConcurrentHashMap<>();

    /** The database in {@code file}: a database.json or an observation overlay on a kept original. */
    public Database read(Path file) {
        return DatabaseIO.read(file, this::original);
    }

    /** How many originals are kept. */
    public int size() {
        return originals.size();
    }

    private DatabaseIO.Original original(Path base) {
        return originals.computeIfAbsent(base.toAbsolutePath().normalize(), DatabaseIO.Original::of);
    }
}
