package org.protomodels.ingest;

import java.nio.file.Path;
import org.protomodels.database.Database;

/** The ingest stage's result: where the database and report are, and the database itself. */
public record IngestResult(Path databaseFile, Path reportFile, Database database, IngestReport report) {
}
