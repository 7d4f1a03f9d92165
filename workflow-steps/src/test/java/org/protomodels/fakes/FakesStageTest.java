package org.protomodels.fakes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.step.EventSink;
import org.protomodels.step.InvalidInputException;
import org.protomodels.testing.SmallDatabases;

class FakesStageTest {
    @Test
    void run_sameSeedTwice_sameBytes_andFakesReadAsDatabases(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("in/database.json");
        Files.createDirectories(db.getParent());
        DatabaseIO.write(db, SmallDatabases.correlated());
        var r1 = new FakesStage(EventSink.NONE).run(new FakesInputs(db, 3, 17L, 1.0, dir.resolve("a")));
        var r2 = new FakesStage(EventSink.NONE).run(new FakesInputs(db, 3, 17L, 1.0, dir.resolve("b")));
        for (String f : new String[] {"fakes.json", "fakes/fake-0000.json", "fakes/fake-0002.json", "fakes.manifest.json"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        Database fake = DatabaseIO.read(r1.fakes().get(1));
        assertTrue(fake.databaseVersion().endsWith("+sm-fake1"), fake.databaseVersion());
        assertEquals(2, fake.analyses().size());
        assertTrue(Files.size(r1.fakes().get(1)) < 2000, "a fake stores only what differs");
    }

    @Test
    void read_fakeOfChangedOriginal_refusedNamingSha(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("database.json");
        DatabaseIO.write(db, SmallDatabases.correlated());
        var r = new FakesStage(EventSink.NONE).run(new FakesInputs(db, 1, 1L, 1.0, dir.resolve("out")));
        DatabaseIO.write(db, SmallDatabases.singleRegion(5, 1));
        var e = assertThrows(InvalidInputException.class, () -> DatabaseIO.read(r.fakes().get(0)));
        assertTrue(e.getMessage().contains("#/originalSha256"), e.getMessage());
    }
}
