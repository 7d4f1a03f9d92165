package org.protomodels.fakes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.protomodels.database.Database;
import org.protomodels.database.DatabaseIO;
import org.protomodels.database.ObservationOverlay;
import org.protomodels.io.Sha256;
import org.protomodels.step.EventSink;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.Stage;
import org.protomodels.step.StageOutput;
import org.protomodels.step.StepManifest;

/**
 * The fakes stage: N Standard-Model-only fake databases, each stored as an observation overlay on the original
 * ({@code fakes/fake-NNNN.json}) plus an index {@code fakes.json}. Fake i draws from jump i of the seed's
 * XoRoShiRo128++ stream, so any fake can be regenerated alone and the result never depends on threads.
 */
public final class FakesStage implements Stage<FakesInputs, FakesStage.Result> {
    public static final String NAME = "fakes";

    /** Where the index and the fakes were written. */
    public record Result(Path index, List<Path> fakes) {
    }

    private final EventSink events;

    public FakesStage(EventSink events) {
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Result run(FakesInputs in) {
        if (!java.nio.file.Files.isRegularFile(in.database())) {
            throw new InputMissingException("--database " + in.database() + ": no such file");
        }
        Database db = DatabaseIO.read(in.database());
        String sha = Sha256.of(in.database());
        FakeDatabaseSampler sampler = FakeDatabaseSampler.of(db, sha, in.fudge());
        JumpableUniformRandomProvider master = (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(in.seed());
        List<Path> written = new ArrayList<>();
        try (StageOutput out = new StageOutput(NAME, in.out())) {
            List<FakesIndex.Entry> entries = new ArrayList<>();
            // the overlay names its original relative to the fakes/ folder it is written into
            Path fakesDir = in.out().toAbsolutePath().resolve("fakes");
            String original = fakesDir.relativize(in.database().toAbsolutePath()).toString().replace('\\', '/');
            for (int i = 0; i < in.count(); i++) {
                JumpableUniformRandomProvider stream = (JumpableUniformRandomProvider) master.jump();
                ObservationOverlay fake = sampler.sample(i, in.seed(), original, stream);
                String rel = String.format("fakes/fake-%04d.json", i);
                Path f = out.file(rel);
                DatabaseIO.write(f, fake);
                entries.add(new FakesIndex.Entry(i, rel, Sha256.of(f)));
                written.add(in.out().resolve(rel));
                events.progress("fakes", i + 1, in.count(), null);
            }
            out.writeJson("fakes.json", new FakesIndex(FakesIndex.KIND, FakesIndex.VERSION, in.seed(), in.fudge(),
                    in.database().getFileName().toString(), sha, entries));
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("count", in.count());
            params.put("fudge", in.fudge());
            out.commit(params, in.seed(), List.of(new StepManifest.FileDigest("database/" + in.database().getFileName(), sha)));
        }
        events.info("wrote " + in.count() + " fake databases (seed " + in.seed() + ", fudge " + in.fudge() + ")");
        return new Result(in.out().resolve("fakes.json"), written);
    }
}
