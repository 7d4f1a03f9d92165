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
        if (in.workspaces() != null && !java.nio.file.Files.isDirectory(in.workspaces())) {
            throw new InputMissingException("--workspaces " + in.workspaces() + ": not a folder");
        }
        if (in.inject() != null && !java.nio.file.Files.isRegularFile(in.inject())) {
            throw new InputMissingException("--inject " + in.inject() + ": no such file");
        }
        Database db = DatabaseIO.read(in.database());
        String sha = Sha256.of(in.database());
        Map<String, List<PyhfBackground>> workspaces = workspaces(db, in);
        InjectedSignal signal = null;
        if (in.inject() != null) {
            var model = org.protomodels.predict.model.ProtoModelFiles.read(in.inject(), in.injectIndex());
            signal = InjectedSignal.of(in.inject().getFileName().toString(), in.injectIndex(), Sha256.of(in.inject()),
                    org.protomodels.predict.Predictor.predict(model, db));
            events.info("injecting " + in.inject().getFileName() + " [" + in.injectIndex() + "]: signal in "
                    + signal.yields().size() + " signal regions and " + signal.maps().size() + " upper-limit map clusters");
        }
        FakeDatabaseSampler sampler = FakeDatabaseSampler.of(db, sha, in.settings(), workspaces, signal);
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
            FakeSettings st = in.settings();
            List<String> wsPaths = workspaces.values().stream().flatMap(List::stream).map(PyhfBackground::path).sorted().toList();
            FakesIndex.Injected injected = signal == null ? null
                    : new FakesIndex.Injected(signal.file(), signal.index(), signal.sha256());
            out.writeJson("fakes.json", new FakesIndex(FakesIndex.KIND, FakesIndex.VERSION, in.seed(), st.fudge(),
                    st.fixedBackgrounds(), st.fixedSignals(), st.maxMassDistance(), injected,
                    wsPaths.isEmpty() ? null : wsPaths, in.database().getFileName().toString(), sha, entries));
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("count", in.count());
            params.put("fudge", st.fudge());
            params.put("fixedBackgrounds", st.fixedBackgrounds());
            params.put("fixedSignals", st.fixedSignals());
            params.put("maxMassDistance", st.maxMassDistance());
            List<StepManifest.FileDigest> inputs = new ArrayList<>();
            inputs.add(new StepManifest.FileDigest("database/" + in.database().getFileName(), sha));
            if (signal != null) {
                params.put("injectIndex", in.injectIndex());
                inputs.add(new StepManifest.FileDigest("protomodel/" + in.inject().getFileName(), signal.sha256()));
            }
            out.commit(params, in.seed(), inputs);
        }
        events.info("wrote " + in.count() + (signal == null ? " fake databases" : " signal-injected fake databases")
                + " (seed " + in.seed() + ", fudge " + in.settings().fudge() + ")");
        return new Result(in.out().resolve("fakes.json"), written);
    }

    /** The background-only pyhf models of every analysis with workspaces found under {@code --workspaces}. */
    private Map<String, List<PyhfBackground>> workspaces(Database db, FakesInputs in) {
        Map<String, List<PyhfBackground>> out = new java.util.TreeMap<>();
        if (in.workspaces() == null) {
            return out;
        }
        var schemas = org.protomodels.likelihoods.PyhfSchemaLocator.locate(null).schemas();
        for (int i = 0; i < db.analyses().size(); i++) {
            var a = db.analyses().get(i);
            for (int j = 0; j < a.workspaces().size(); j++) {
                var ref = a.workspaces().get(j);
                Path file = in.workspaces().resolve(ref.path()).normalize();
                if (!java.nio.file.Files.isRegularFile(file)) {
                    events.warn("workspace " + ref.path() + " not found under " + in.workspaces()
                            + ": its regions are sampled as single regions");
                    continue;
                }
                String actual = Sha256.of(file);
                if (!actual.equals(ref.sha256())) {
                    throw new org.protomodels.step.InvalidInputException(file.toString(), "", "sha256 " + actual
                            + " does not match " + in.database() + "#/analyses/" + i + "/workspaces/" + j
                            + "/sha256 (" + ref.sha256() + "): not the workspace the database was built from");
                }
                PyhfBackground m = PyhfBackground.of(a, ref, file, schemas);
                if (m == null) {
                    events.warn("workspace " + ref.path() + ": no signal-region bin maps to a dataset of " + a.id()
                            + ": its regions are sampled as single regions");
                } else {
                    out.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(m);
                }
            }
        }
        return out;
    }
}
