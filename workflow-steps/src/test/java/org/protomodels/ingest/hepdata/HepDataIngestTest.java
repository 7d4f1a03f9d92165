package org.protomodels.ingest.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.database.Analysis;
import org.protomodels.database.Grid;
import org.protomodels.database.TxName;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.InvalidInputException;
import org.protomodels.testing.SharedData;

/** The catalogue mapping on a tiny synthetic record: unit conversions, layouts, qualifier checks, errors. */
class HepDataIngestTest {
    private static HepDataRecordReader reader;

    @TempDir
    Path root;

    @BeforeAll
    static void schemas() {
        reader = HepDataRecordReader.of(SharedData.require("schemas/hepdata"));
    }

    private static final String SUBMISSION = """
            comment: synthetic
            ---
            name: SR
            description: counts
            keywords: [{name: cmenergies, values: [13000]}]
            data_file: sr.yaml
            ---
            name: Correlation
            description: matrix layout
            keywords: []
            data_file: corr.yaml
            ---
            name: UL
            description: limits in pb, masses in TeV
            keywords: []
            data_file: ul.yaml
            """;

    private static final String SR = """
            independent_variables:
            - header: {name: Bin}
              values: [{value: 1}, {value: 2}]
            dependent_variables:
            - header: {name: Observed}
              values: [{value: 10}, {value: 3}]
            - header: {name: Background}
              values:
              - {value: 9.5, errors: [{symerror: 2.0, label: stat}, {symerror: 1.5, label: syst}]}
              - {value: 2.0, errors: [{asymerror: {plus: 1.0, minus: -0.5}}]}
            """;

    private static final String CORR = """
            independent_variables:
            - header: {name: Row}
              values: [{value: 1}, {value: 2}]
            dependent_variables:
            - header: {name: SR1}
              values: [{value: 1.0}, {value: 0.5}]
            - header: {name: SR2}
              values: [{value: 0.5}, {value: 1.0}]
            """;

    private static String ul(String unit, String sqrts, String sqrtsUnit) {
        return """
                independent_variables:
                - header: {name: M1, units: TeV}
                  values: [{value: 1.0}, {value: 1.2}]
                - header: {name: M2, units: GeV}
                  values: [{value: 100}, {value: 200}]
                dependent_variables:
                - header: {name: UL, units: %s}
                  qualifiers:
                  - {name: SQRT(S), units: %s, value: %s}
                  - {name: LUMINOSITY, units: 'fb$^{-1}$', value: 139}
                  values: [{value: 0.25}, {value: 0.5}]
                """.formatted(unit, sqrtsUnit, sqrts);
    }

    private static final String CATALOGUE = """
            kind: catalogue
            version: 1.0.0
            analyses:
              - id: TEST-1
                experiment: ATLAS
                sqrts: 13
                luminosity: 139
                source: {record: rec}
                signalRegions: {table: sr.yaml, index: Bin, observed: Observed, background: Background, backgroundError: %s}
                covariance: {table: corr.yaml, layout: matrix, kind: correlation, row: Row}
                upperLimitMaps:
                  - txName: T2
                    table: ul.yaml
                    constraint: "[[['jet']],[['jet']]]"
                    axes:
                      - {variable: M1, branch: 0, vertex: 0}
                      - {variable: M2, branch: 0, vertex: 1}
            """;

    private Catalogue write(String ulYaml, String errorMode) throws IOException {
        Path rec = root.resolve("rec");
        Files.createDirectories(rec);
        Files.writeString(rec.resolve("submission.yaml"), SUBMISSION);
        Files.writeString(rec.resolve("sr.yaml"), SR);
        Files.writeString(rec.resolve("corr.yaml"), CORR);
        Files.writeString(rec.resolve("ul.yaml"), ulYaml);
        Path cat = root.resolve("catalogue.yaml");
        Files.writeString(cat, CATALOGUE.formatted(errorMode));
        return Catalogue.read(cat);
    }

    private Analysis ingest(Catalogue c) {
        return HepDataIngest.of(reader).read(c, root, new IngestNotes()).get(0);
    }

    @Test
    void read_limitsInPbAndMassesInTeV_convertedToFbAndGeV() throws IOException {
        Analysis a = ingest(write(ul("pb", "13", "TeV"), "max"));
        TxName t = a.dataset("data").txNames().get(0);
        Grid g = t.upperLimits();
        assertEquals("fb", g.valueUnit());
        assertRelClose(250.0, g.values()[0], 1e-12, "0.25 pb = 250 fb");
        assertRelClose(500.0, g.values()[1], 1e-12, "0.5 pb = 500 fb");
        assertRelClose(1200.0, g.points()[1][0], 1e-12, "1.2 TeV = 1200 GeV");
        assertRelClose(200.0, g.points()[1][1], 1e-12, "200 GeV stays");
        assertEquals(1, t.constraint().terms().size(), "one bracket term");
    }

    @Test
    void read_limitsInFb_keptAsIs() throws IOException {
        Grid g = ingest(write(ul("FB", "13000", "GeV"), "max")).dataset("data").txNames().get(0).upperLimits();
        assertRelClose(0.25, g.values()[0], 1e-12, "0.25 fb (header 'FB')");
    }

    @Test
    void read_errorsAddInQuadratureAndAsymmetricUsesMaxOrMean() throws IOException {
        Analysis max = ingest(write(ul("fb", "13", "TeV"), "max"));
        assertRelClose(2.5, max.dataset("SR1").counts().bgError(), 1e-12, "sqrt(2^2+1.5^2)");
        assertRelClose(1.0, max.dataset("SR2").counts().bgError(), 1e-12, "max(1.0, 0.5)");
        Analysis mean = ingest(write(ul("fb", "13", "TeV"), "mean"));
        assertRelClose(0.75, mean.dataset("SR2").counts().bgError(), 1e-12, "mean(1.0, 0.5)");
    }

    @Test
    void read_correlationMatrixLayout_scaledByBackgroundErrors() throws IOException {
        Analysis a = ingest(write(ul("fb", "13", "TeV"), "max"));
        double[][] m = a.covariance().matrix();
        assertRelClose(6.25, m[0][0], 1e-12, "2.5^2");
        assertRelClose(0.5 * 2.5 * 1.0, m[0][1], 1e-12, "rho * s1 * s2");
        assertEquals(List.of("SR1", "SR2"), a.covariance().datasetOrder());
    }

    @Test
    void read_efficiencyMap_attachedToItsSignalRegion() throws IOException {
        Catalogue c = write(ul("fb", "13", "TeV"), "max");
        Files.writeString(root.resolve("rec/ul.yaml"), ul("", "13", "TeV").replace("{name: UL, units: }", "{name: UL}"));
        Catalogue.Entry e0 = c.analyses().get(0);
        Catalogue.Entry em = new Catalogue.Entry(e0.id(), e0.experiment(), e0.sqrts(), e0.luminosity(), null,
                e0.source(), null, e0.signalRegions(), null, null,
                List.of(new Catalogue.EfficiencyMap("T2", "ul.yaml", "SR2", "UL", "[[['jet']],[['jet']]]", null,
                        List.of(new Catalogue.Axis("M1", 0, 0, null), new Catalogue.Axis("M2", 0, 1, null)))));
        Analysis a = HepDataIngest.of(reader).read(em, "catalogue.yaml", "/analyses/0", root, new IngestNotes());
        TxName t = a.dataset("SR2").txNames().get(0);
        assertEquals("", t.efficiencyMap().valueUnit());
        assertRelClose(0.25, t.efficiencyMap().values()[0], 1e-12, "efficiency copied as is");
        assertTrue(a.dataset("SR1").txNames().isEmpty());
    }

    @Test
    void read_unknownUnit_namesFileAndField() throws IOException {
        Catalogue c = write(ul("barn-ish", "13", "TeV"), "max");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ingest(c));
        assertTrue(e.file().endsWith("ul.yaml"), e.getMessage());
        assertEquals("/dependent_variables/0/header/units", e.location());
        assertTrue(e.problem().contains("unknown unit 'barn-ish'"), e.getMessage());
    }

    @Test
    void read_sqrtsQualifierDisagrees_isAnError() throws IOException {
        Catalogue c = write(ul("fb", "8", "TeV"), "max");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ingest(c));
        assertTrue(e.file().endsWith("ul.yaml"), e.getMessage());
        assertTrue(e.problem().contains("sqrt(s)"), e.getMessage());
        assertEquals("/dependent_variables/0/qualifiers/0", e.location());
    }

    @Test
    void read_unknownTable_namesCatalogueField() throws IOException {
        Catalogue c = write(ul("fb", "13", "TeV"), "max");
        Catalogue.Entry e0 = c.analyses().get(0);
        Catalogue.Entry bad = new Catalogue.Entry(e0.id(), e0.experiment(), e0.sqrts(), e0.luminosity(), null,
                e0.source(), null, new Catalogue.SignalRegions("nope.yaml", "Bin", null, null, "Observed", "Background", null),
                null, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HepDataIngest.of(reader).read(bad, "catalogue.yaml", "/analyses/0", root, new IngestNotes()));
        assertEquals("/analyses/0/signalRegions/table", e.location());
    }

    @Test
    void read_recordOutsideRoot_refused() throws IOException {
        Catalogue c = write(ul("fb", "13", "TeV"), "max");
        Catalogue.Entry e0 = c.analyses().get(0);
        Catalogue.Entry bad = new Catalogue.Entry(e0.id(), e0.experiment(), e0.sqrts(), e0.luminosity(), null,
                new Catalogue.Source("rec/../../elsewhere", null), null, null, null, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HepDataIngest.of(reader).read(bad, "catalogue.yaml", "/analyses/0", root, new IngestNotes()));
        assertEquals("/analyses/0/source/record", e.location());
    }

    @Test
    void read_inspireSourceWithoutClient_isInputMissing() throws IOException {
        Catalogue c = write(ul("fb", "13", "TeV"), "max");
        Catalogue.Entry e0 = c.analyses().get(0);
        Catalogue.Entry online = new Catalogue.Entry(e0.id(), e0.experiment(), e0.sqrts(), e0.luminosity(), null,
                new Catalogue.Source(null, 1654945L), null, null, null, null, null);
        assertThrows(InputMissingException.class,
                () -> HepDataIngest.of(reader).read(online, "catalogue.yaml", "/analyses/0", root, new IngestNotes()));
    }

    @Test
    void read_recordGivenAsTgz_sameAnalysisAsTheFolder() throws IOException {
        Catalogue c = write(ul("pb", "13", "TeV"), "max");
        Path tgz = root.resolve("rec.tgz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(tgz));
             var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(out);
             var files = Files.list(root.resolve("rec"))) {
            for (Path f : files.sorted().toList()) {
                var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("rec/" + f.getFileName());
                byte[] bytes = Files.readAllBytes(f);
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        Catalogue.Entry e0 = c.analyses().get(0);
        Catalogue.Entry packed = new Catalogue.Entry(e0.id(), e0.experiment(), e0.sqrts(), e0.luminosity(), null,
                new Catalogue.Source("rec.tgz", null), null, e0.signalRegions(), e0.covariance(), e0.upperLimitMaps(),
                e0.efficiencyMaps());
        Analysis fromFolder = ingest(c);
        Analysis fromTgz = HepDataIngest.of(reader).read(packed, "catalogue.yaml", "/analyses/0", root, new IngestNotes());
        assertEquals(fromFolder.datasets(), fromTgz.datasets(), "same datasets from folder and archive");
        assertEquals(fromFolder.covariance(), fromTgz.covariance());
    }
}
