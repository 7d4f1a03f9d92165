package org.protomodels.ingest.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.protomodels.database.Analysis;
import org.protomodels.database.CovarianceMatrix;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Grid;
import org.protomodels.database.TxName;
import org.protomodels.testing.SharedData;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * CMS-SUS-18-002 through the committed catalogue (database/catalogue.yaml) onto the canonical records, checked
 * against the table files read independently with plain SnakeYAML; CMS-EXO-22-011-HNL and the macOS-packed record
 * 1396331 parse. Tolerances: numbers must be identical up to 1e-12 relative (they are copied, not computed), except
 * the pb/GeV conversions which are exact factors as well.
 */
class HepDataIngestRealDataIT {
    private static final double COPY = 1e-12;
    private static Analysis analysis;
    private static IngestNotes notes;
    private static Path record;
    private static long millis;

    @BeforeAll
    static void ingest() {
        Path data = SharedData.require("data");
        record = SharedData.require("data/hepdata/CMS-SUS-18-002");
        Catalogue catalogue = Catalogue.read(Path.of("..", "database", "catalogue.yaml"));
        HepDataRecordReader reader = HepDataRecordReader.of(SharedData.require("schemas/hepdata"));
        notes = new IngestNotes();
        long t0 = System.nanoTime();
        List<Analysis> analyses = HepDataIngest.of(reader).read(catalogue, data, notes);
        millis = (System.nanoTime() - t0) / 1_000_000;
        System.err.println("HepDataIngest CMS-SUS-18-002: " + millis + " ms (37 files, 4.6 MB, schema-validated)");
        analysis = analyses.stream().filter(a -> a.id().equals("CMS-SUS-18-002")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plainYaml(String file) throws IOException {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(64 << 20);
        try (Reader r = Files.newBufferedReader(record.resolve(file))) {
            return (Map<String, Object>) new org.yaml.snakeyaml.Yaml(new SafeConstructor(o)).load(r);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> column(Map<String, Object> table, String kind, String header) {
        for (Map<String, Object> v : (List<Map<String, Object>>) table.get(kind)) {
            if (((Map<String, Object>) v.get("header")).get("name").toString().trim().equals(header)) {
                return (List<Map<String, Object>>) v.get("values");
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void read_cmsSus18002_has25SignalRegionsAndOneUpperLimitDataset() {
        assertEquals(13.0, analysis.sqrts());
        assertEquals(35.9, analysis.luminosity());
        assertEquals("hepdata:hepdata/CMS-SUS-18-002", analysis.source(), "no machine path in the source");
        long srs = analysis.datasets().stream().filter(d -> d.dataType() == DataType.EFFICIENCY_MAP).count();
        assertEquals(25, srs, "allBGpredObs.yaml: 25 signal regions");
        DataSet ul = analysis.dataset(HepDataIngest.UPPER_LIMIT_DATASET);
        assertNotNull(ul);
        assertEquals(List.of("T5bbbbZG", "T5qqqqHG", "T5ttttZG", "T6ttZG"),
                ul.txNames().stream().map(TxName::name).toList());
        assertTrue(analysis.info().get("label.SR1").contains("N_{jets}=2-4"), analysis.info().get("label.SR1"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void read_cmsSus18002_countsEqualTheTableFile() throws IOException {
        Map<String, Object> t = plainYaml("allBGpredObs.yaml");
        List<Map<String, Object>> data = column(t, "dependent_variables", "Data");
        List<Map<String, Object>> pred = column(t, "dependent_variables", "Total Pred.");
        for (int r = 0; r < 25; r++) {
            DataSet d = analysis.dataset("SR" + (r + 1));
            assertRelClose(num(data.get(r).get("value")), d.counts().observedN(), COPY, "allBGpredObs.yaml Data row " + r);
            assertRelClose(num(pred.get(r).get("value")), d.counts().expectedBG(), COPY, "allBGpredObs.yaml Total Pred. row " + r);
            Map<String, Object> err = ((List<Map<String, Object>>) pred.get(r).get("errors")).get(0);
            double expectedErr = err.containsKey("symerror") ? num(err.get("symerror"))
                    : Math.max(Math.abs(num(((Map<String, Object>) err.get("asymerror")).get("plus"))),
                    Math.abs(num(((Map<String, Object>) err.get("asymerror")).get("minus"))));
            assertRelClose(expectedErr, d.counts().bgError(), COPY, "allBGpredObs.yaml Total Pred. error (max side) row " + r);
        }
        // The MANIFEST's fluctuations: bin 2 observes 51 over a 90.7 +- 10.0 prediction.
        assertEquals(51.0, analysis.dataset("SR2").counts().observedN());
        // bin 13 has an asymmetric error (-0.368/+1.628): the larger side is used
        assertRelClose(1.628, analysis.dataset("SR13").counts().bgError(), COPY, "allBGpredObs.yaml bin 13 asymerror plus");
    }

    @Test
    @SuppressWarnings("unchecked")
    void read_cmsSus18002_covarianceIs25x25SymmetricPdAndEqualsTheFile() throws IOException {
        CovarianceMatrix c = analysis.covariance();
        assertNotNull(c);
        assertEquals(25, c.size());
        assertEquals("SR1", c.datasetOrder().get(0));
        Map<String, Object> t = plainYaml("Matrix_Covariance.yaml");
        List<Map<String, Object>> x = column(t, "independent_variables", "Bin number X");
        List<Map<String, Object>> y = column(t, "independent_variables", "Bin number Y");
        List<Map<String, Object>> v = column(t, "dependent_variables", "Covariance");
        assertEquals(625, v.size());
        for (int r = 0; r < 625; r += 37) {
            int i = (int) num(x.get(r).get("value")) - 1;
            int j = (int) num(y.get(r).get("value")) - 1;
            assertRelClose(num(v.get(r).get("value")), c.matrix()[i][j], COPY, "Matrix_Covariance.yaml row " + r);
        }
        for (int i = 0; i < 25; i++) {
            for (int j = 0; j < 25; j++) {
                assertEquals(c.matrix()[i][j], c.matrix()[j][i], "covariance symmetric at " + i + "," + j);
            }
        }
        // sqrt(Cov_11) is close to, not equal to, the Total Pred. error (MANIFEST): 16.76 vs 16.253
        assertRelClose(16.76, Math.sqrt(c.matrix()[0][0]), 1e-3, "MANIFEST sqrt(Cov_11)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void read_cmsSus18002_upperLimitMapsInFbEqualTheFiles() throws IOException {
        DataSet ul = analysis.dataset(HepDataIngest.UPPER_LIMIT_DATASET);
        for (TxName tx : ul.txNames()) {
            Grid obs = tx.upperLimits();
            Grid exp = tx.expectedUpperLimits();
            assertEquals("fb", obs.valueUnit());
            assertNotNull(exp);
            assertEquals(2, obs.dimension());
            assertTrue(obs.size() >= 6763 && obs.size() <= 7783, tx.name() + ": " + obs.size() + " points (MANIFEST 6763-7783)");
            assertEquals("mass", obs.axes().get(0).property());
            assertEquals(0, obs.axes().get(1).branch());
            assertEquals(1, obs.axes().get(1).vertex());
            assertEquals("bracket", tx.constraint().notation());
            assertEquals(3, tx.constraint().terms().size(), tx.name() + " constraint has three decay combinations");
            Map<String, Object> t = plainYaml(tx.name() + "_obs_XsecLimit.yaml");
            List<Map<String, Object>> vals = column(t, "dependent_variables", "UL on cross section");
            List<Map<String, Object>> parent = (List<Map<String, Object>>) ((List<Map<String, Object>>) t.get("independent_variables")).get(0).get("values");
            List<Map<String, Object>> lsp = (List<Map<String, Object>>) ((List<Map<String, Object>>) t.get("independent_variables")).get(1).get("values");
            assertEquals(vals.size(), obs.size());
            for (int r = 0; r < vals.size(); r += 499) {
                assertRelClose(num(vals.get(r).get("value")), obs.values()[r], COPY, tx.name() + "_obs_XsecLimit.yaml row " + r + " (fb)");
                assertRelClose(num(parent.get(r).get("value")), obs.points()[r][0], COPY, tx.name() + " parent mass row " + r);
                assertRelClose(num(lsp.get(r).get("value")), obs.points()[r][1], COPY, tx.name() + " neutralino mass row " + r);
            }
        }
    }

    @Test
    void read_cmsSus18002_notesUnmappedTables() {
        assertTrue(notes.list().stream().anyMatch(n -> n.message().contains("CutflowTable.yaml")), notes.list().toString());
        assertEquals("10", analysis.info().get("hepdataTablesUsed"), "allBGpredObs + covariance + 4 observed + 4 expected UL tables");
    }

    @Test
    void read_cmsSus18002_serialisesCanonicallyWithoutMachinePaths() {
        byte[] json = org.protomodels.io.CanonicalJson.toBytes(analysis);
        String text = new String(json, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(text.contains(SharedData.root().toString()), "no absolute path of the data root in the output");
        assertTrue(text.contains("\"CMS-SUS-18-002\""));
        assertEquals(text, new String(org.protomodels.io.CanonicalJson.toBytes(analysis),
                java.nio.charset.StandardCharsets.UTF_8), "same value, same bytes");
    }

    @Test
    void read_cmsSus18002WithTwoThreads_sameRecord() {
        HepDataRecordReader reader = HepDataRecordReader.of(SharedData.require("schemas/hepdata"));
        HepDataRecord one = reader.read(record);
        HepDataRecord two = reader.withThreads(2).read(record);
        assertEquals(one.tables(), two.tables(), "tables identical for 1 and 2 threads");
        assertEquals(one.notes(), two.notes());
        assertEquals(37 - 1, one.tables().size(), "36 tables (MANIFEST)");
    }

    @Test
    void read_hnlRecord_parsesWithSqrtSInTeV() {
        HepDataRecordReader reader = HepDataRecordReader.of(SharedData.require("schemas/hepdata"));
        HepDataRecord r = reader.read(SharedData.require("data/hepdata/CMS-EXO-22-011-HNL"));
        assertEquals(6, r.tables().size(), "six 1D limit tables");
        Table t = r.table("limits_on_dirac_hnl_with_tau_coupling.yaml");
        assertEquals("HNL mass", t.independentVariables().get(0).name());
        Variable observed = t.dependent("Observed");
        Qualifier sqrts = observed.qualifier("sqrts");
        assertNotNull(sqrts, "SQRT(S) qualifier");
        assertEquals("TeV", sqrts.units());
        assertEquals(13000.0, sqrts.number() * Units.energyToGeV(sqrts.units(), "hnl", "units"), "13 TeV in GeV");
        Qualifier lumi = observed.qualifier("luminosity");
        assertEquals(138.0, lumi.number() * Units.luminosityToInverseFb(lumi.units(), "hnl", "units"), "fb$^{-1}$ spelling");
        assertNull(observed.units(), "|V|^2 is dimensionless: no units key");
        assertTrue(r.notes().stream().anyMatch(n -> n.contains(".png")), "figures not copied are noted: " + r.notes());
    }

    @Test
    void read_macOsArchivesOfRecord1396331_sameTablesJunkNoted() {
        HepDataRecordReader reader = HepDataRecordReader.of(SharedData.require("schemas/hepdata"));
        Validation byDefault = reader.validate(SharedData.require("data/hepdata/hepdata-app-cases/1396331.tar.gz"));
        assertFalse(byDefault.valid());
        assertTrue(byDefault.mentions("old (v0) submission format"), byDefault.problems().toString());
        HepDataRecordReader v0 = reader.withSchemaVersion("0.1.0");
        HepDataRecord tgz = v0.read(SharedData.require("data/hepdata/hepdata-app-cases/1396331.tar.gz"));
        HepDataRecord zip = v0.read(SharedData.require("data/hepdata/hepdata-app-cases/1396331.zip"));
        assertEquals(tgz.tables(), zip.tables(), "zip and tar.gz of 1396331 hold the same tables");
        assertTrue(tgz.notes().stream().anyMatch(n -> n.contains("macOS metadata")), tgz.notes().toString());
        assertTrue(zip.notes().stream().anyMatch(n -> n.contains("macOS metadata")), zip.notes().toString());
    }
}
