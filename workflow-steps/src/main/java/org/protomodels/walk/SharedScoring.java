package org.protomodels.walk;

import java.nio.file.Path;
import org.protomodels.combine.Profile;
import org.protomodels.combine.Scorer;
import org.protomodels.database.OriginalDatabases;
import org.protomodels.predict.grid.TriangulationCache;

/**
 * What the walks on many fakes of one database share within one process: the original database (read and hashed
 * once; each fake is its overlay on the kept records) and the triangulation of every map grid (a fake changes
 * values, never the mass points). A scorer made here scores exactly as one made from the fake's file alone.
 * Thread-safe.
 */
public final class SharedScoring {
    private final OriginalDatabases databases = new OriginalDatabases();
    private final TriangulationCache triangulations = new TriangulationCache();

    /** The scorer of {@code database} (a database.json or a fake of it) under {@code profile}. */
    public Scorer scorer(Path database, Profile profile, Path workspaces) {
        return Scorer.of(databases.read(database), profile, workspaces, triangulations);
    }

    /** The shared triangulations (for statistics and tests). */
    public TriangulationCache triangulations() {
        return triangulations;
    }
}
