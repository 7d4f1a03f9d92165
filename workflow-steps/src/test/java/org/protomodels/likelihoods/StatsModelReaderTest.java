package org.protomodels.likelihoods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;

/** Reading stats-model documents: accepted forms and every refusal naming the file and the JSON pointer. */
class StatsModelReaderTest {
    @TempDir
    Path dir;

    static StatsModelReader reader() {
        return StatsModelReader.of(PyhfSchemaLocator.locate(null).schemas());
    }

    Path write(String model) throws Exception {
        Path f = dir.resolve("model.json");
        Files.writeString(f, "{\"kind\":\"stats-model\",\"version\":\"1.0.0\",\"model\":" + model + "}");
        return f;
    }

    InvalidInputException refused(String model) throws Exception {
        Path f = write(model);
        return assertThrows(InvalidInputException.class, () -> reader().read(f));
    }

    @Test
    void read_slv2Model_keepsCovarianceAndMoments() throws Exception {
        StatsModel m = reader().read(write("{\"type\":\"poisson-gauss\",\"observed\":[5,3],\"background\":[4,2],"
                + "\"covariance\":[[1,0.2],[0.2,0.5]],\"thirdMoments\":[0.1,0.05],\"signal\":[1,1]}"));
        StatsModel.PoissonGauss pg = assertInstanceOf(StatsModel.PoissonGauss.class, m);
        assertEquals(2, pg.input().size());
        assertTrue(pg.input().isSecondOrder());
        assertEquals(0.2, pg.input().covariance()[0][1], 0.0, "covariance as given");
    }

    @Test
    void read_truncatedGaussian_defaultVariantSmodels3() throws Exception {
        StatsModel m = reader().read(write("{\"type\":\"truncated-gaussian\",\"ulObserved\":1.5,\"ulExpected\":1.0,\"signal\":1}"));
        assertEquals(org.protomodels.stats.simplified.TruncatedGaussian.Variant.SMODELS3,
                assertInstanceOf(StatsModel.TruncatedGauss.class, m).variant());
    }

    @Test
    void read_negativeCount_refusedWithPointer() throws Exception {
        InvalidInputException e = refused("{\"type\":\"poisson-gauss\",\"observed\":[5,-1],\"background\":[4,2],"
                + "\"backgroundError\":[1,1],\"signal\":[1,1]}");
        assertTrue(e.getMessage().contains("model.json#/model/observed/1"), e.getMessage());
    }

    @Test
    void read_nanAsString_refusedWithPointer() throws Exception {
        InvalidInputException e = refused("{\"type\":\"poisson-gauss\",\"observed\":[\"NaN\"],\"background\":[4],"
                + "\"backgroundError\":[1],\"signal\":[1]}");
        assertTrue(e.getMessage().contains("#/model/observed/0"), e.getMessage());
    }

    @Test
    void read_notPositiveDefinite_refusedWithPointer() throws Exception {
        InvalidInputException e = refused("{\"type\":\"poisson-gauss\",\"observed\":[5,3],\"background\":[4,2],"
                + "\"covariance\":[[1,2],[2,1]],\"signal\":[1,1]}");
        assertTrue(e.getMessage().contains("#/model/covariance/1") && e.getMessage().contains("positive definite"),
                e.getMessage());
    }

    @Test
    void read_slv2MomentTooLarge_refusedWithPointer() throws Exception {
        // m2 = 1: 8 m2^3 = 8 < m3^2 = 9
        InvalidInputException e = refused("{\"type\":\"poisson-gauss\",\"observed\":[5],\"background\":[4],"
                + "\"covariance\":[[1]],\"thirdMoments\":[3],\"signal\":[1]}");
        assertTrue(e.getMessage().contains("#/model/thirdMoments/0") && e.getMessage().contains("8 m2^3"), e.getMessage());
    }

    @Test
    void read_lengthMismatch_refusedWithPointer() throws Exception {
        InvalidInputException e = refused("{\"type\":\"poisson-gauss\",\"observed\":[5,3],\"background\":[4],"
                + "\"backgroundError\":[1,1],\"signal\":[1,1]}");
        assertTrue(e.getMessage().contains("#/model/background"), e.getMessage());
    }

    @Test
    void read_zeroSignal_refused() throws Exception {
        InvalidInputException e = refused("{\"type\":\"poisson-gauss\",\"observed\":[5],\"background\":[4],"
                + "\"backgroundError\":[1],\"signal\":[0]}");
        assertTrue(e.getMessage().contains("#/model/signal"), e.getMessage());
    }

    @Test
    void read_unknownField_refusedBySchema() throws Exception {
        InvalidInputException e = refused("{\"type\":\"truncated-gaussian\",\"ulObserved\":1,\"ulExpected\":1,"
                + "\"signal\":1,\"bogus\":2}");
        assertTrue(e.getMessage().contains("model.json#/model"), e.getMessage());
    }

    @Test
    void read_pyhfWorkspaceMissing_inputMissing() throws Exception {
        Path f = write("{\"type\":\"pyhf\",\"workspace\":\"absent.json\"}");
        InputMissingException e = assertThrows(InputMissingException.class, () -> reader().read(f));
        assertTrue(e.getMessage().contains("absent.json"), e.getMessage());
    }

    @Test
    void read_pyhfDuplicateSample_semanticCheckWithoutOfficialSchemas() throws Exception {
        // the structural stand-in lets the reader's semantic checks run
        Files.writeString(dir.resolve("ws.json"), "{\"channels\":[{\"name\":\"c\",\"samples\":["
                + "{\"name\":\"s\",\"data\":[1],\"modifiers\":[{\"name\":\"mu\",\"type\":\"normfactor\",\"data\":null}]},"
                + "{\"name\":\"s\",\"data\":[1],\"modifiers\":[]}]}],"
                + "\"observations\":[{\"name\":\"c\",\"data\":[1]}],"
                + "\"measurements\":[{\"name\":\"m\",\"config\":{\"poi\":\"mu\",\"parameters\":[]}}],\"version\":\"1.0.0\"}");
        Path f = write("{\"type\":\"pyhf\",\"workspace\":\"ws.json\"}");
        StatsModelReader r = StatsModelReader.of(org.protomodels.stats.spec.PyhfSchemas.fromFolder(PyhfSchemaLocator.structural()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> r.read(f));
        assertTrue(e.getMessage().contains("ws.json#/channels/0/samples/1/name"), e.getMessage());
    }

    @Test
    void read_pyhfMalformedModifier_structuralSchemaNamesPointer() throws Exception {
        Files.writeString(dir.resolve("ws.json"), "{\"channels\":[{\"name\":\"c\",\"samples\":["
                + "{\"name\":\"s\",\"data\":[1],\"modifiers\":[{\"name\":\"n\",\"type\":\"normsys\",\"data\":null}]}]}],"
                + "\"observations\":[{\"name\":\"c\",\"data\":[1]}],"
                + "\"measurements\":[{\"name\":\"m\",\"config\":{\"poi\":\"mu\",\"parameters\":[]}}],\"version\":\"1.0.0\"}");
        Path f = write("{\"type\":\"pyhf\",\"workspace\":\"ws.json\"}");
        StatsModelReader r = StatsModelReader.of(org.protomodels.stats.spec.PyhfSchemas.fromFolder(PyhfSchemaLocator.structural()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> r.read(f));
        assertTrue(e.getMessage().contains("ws.json#/channels/0/samples/0/modifiers/0"), e.getMessage());
    }
}
