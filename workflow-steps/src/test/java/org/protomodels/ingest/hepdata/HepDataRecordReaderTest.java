package org.protomodels.ingest.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protomodels.testing.Assertions2.assertRelClose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protomodels.testing.SharedData;

/** The table model on small synthetic tables: percentages, text values, bins, JSON with a trailing comma. */
class HepDataRecordReaderTest {
    private static HepDataRecordReader reader;

    @TempDir
    Path dir;

    @BeforeAll
    static void schemas() {
        reader = HepDataRecordReader.of(SharedData.require("schemas/hepdata"));
    }

    private Table table(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        Validation v = reader.validateDataFile(p);
        assertTrue(v.valid(), v.problems().toString());
        return v.record().tables().get(0);
    }

    @Test
    void percentErrors_resolvedAgainstTheValue() throws IOException {
        Table t = table("p.yaml", """
                independent_variables:
                - header: {name: X}
                  values: [{low: 0, high: 1}]
                dependent_variables:
                - header: {name: Y}
                  values:
                  - value: -20.0
                    errors: [{symerror: '2.5%'}, {asymerror: {plus: '10%', minus: '-5%'}, label: sys}]
                """);
        Value v = t.dependentVariables().get(0).values().get(0);
        assertRelClose(0.5, v.errors().get(0).plus(), 1e-12, "2.5% of |-20|");
        assertRelClose(-0.5, v.errors().get(0).minus(), 1e-12, "symmetric: minus = -plus");
        assertRelClose(2.0, v.errors().get(1).plus(), 1e-12, "10% of |-20|");
        assertRelClose(-1.0, v.errors().get(1).minus(), 1e-12, "-5% of |-20| keeps its sign");
        assertEquals("sys", v.errors().get(1).label());
        Value bin = t.independentVariables().get(0).values().get(0);
        assertEquals(0.5, bin.asDouble(), "bin centre");
    }

    @Test
    void textValuesAndNumericStrings_distinguished() throws IOException {
        Table t = table("t.yaml", """
                independent_variables:
                - header: {name: '  Bin  '}
                  values: [{value: 'Mono-V overlap removal'}, {value: '-3.5'}]
                dependent_variables:
                - header: {name: N}
                  values: [{value: 1}, {value: 2}]
                """);
        Variable bin = t.independent("Bin");
        assertEquals("Bin", bin.name(), "header blanks trimmed (CutflowTable.yaml has them)");
        assertEquals("Mono-V overlap removal", bin.values().get(0).text());
        assertNull(bin.values().get(0).number());
        assertEquals(-3.5, bin.values().get(1).number());
    }

    @Test
    void jsonDataFileWithTrailingComma_readThroughYamlLoader() throws IOException {
        Table t = table("j.json", """
                {"independent_variables": [{"header": {"name": "X"}, "values": [{"value": 1}]}],
                 "dependent_variables": [{"header": {"name": "Y", "units": "pb"}, "values": [{"value": 2.5}]}],}
                """);
        assertEquals("pb", t.dependent("Y").units());
        assertEquals(2.5, t.dependent("Y").values().get(0).number());
    }

    @Test
    void nonNumericUncertainty_isRejectedWithPointer() throws IOException {
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, """
                independent_variables: []
                dependent_variables:
                - header: {name: Y}
                  values: [{value: 1.0, errors: [{symerror: 'abc'}]}]
                """);
        Validation v = reader.validateDataFile(p);
        assertFalse(v.valid());
        assertEquals("/dependent_variables/0/values/0/errors/0/symerror", v.problems().get(0).location());
    }

    @Test
    void folderWithSymlinkedDataFile_isRefused() throws IOException {
        Path rec = dir.resolve("rec");
        Files.createDirectories(rec);
        Files.writeString(rec.resolve("submission.yaml"), "name: T\ndescription: d\nkeywords: []\ndata_file: d.yaml\n");
        Path outside = dir.resolve("outside.yaml");
        Files.writeString(outside, "independent_variables: []\ndependent_variables: [{header: {name: Y}, values: [{value: 1}]}]\n");
        try {
            Files.createSymbolicLink(rec.resolve("d.yaml"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links on this file system");
        }
        Validation v = reader.validate(rec);
        assertFalse(v.valid());
        assertTrue(v.mentions("symbolic link"), v.problems().toString());
        assertEquals("/0/data_file", v.problems().get(0).location());
    }

    @Test
    void dataFileOverSizeLimit_isRefused() throws IOException {
        Path p = dir.resolve("big.yaml");
        Files.writeString(p, "independent_variables: []\ndependent_variables: [{header: {name: Y}, values: [{value: 1}]}]\n");
        Validation v = reader.withMaxDataFileBytes(20).validateDataFile(p);
        assertFalse(v.valid());
        assertTrue(v.mentions("bigger than the limit of 20 bytes"), v.problems().toString());
        assertTrue(reader.validateDataFile(p).valid(), "under the default 10 MiB limit");
    }

    @Test
    void withSchemas_propertyNamesTheFolder_checksOfficialSchemas() {
        String key = "protomodels.hepdata.schemas";
        String before = System.getProperty(key);
        System.setProperty(key, SharedData.require("schemas/hepdata").toString());
        try {
            assertTrue(HepDataRecordReader.withSchemas().checksSchemas());
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    @Test
    void withoutSchemas_stillMakesSemanticChecksAndSaysSo() throws IOException {
        Path rec = dir.resolve("rec");
        Files.createDirectories(rec);
        Files.writeString(rec.resolve("submission.yaml"), """
                name: T
                description: d
                keywords: []
                data_file: d.yaml
                extra_key_the_schema_would_refuse: 1
                """);
        Files.writeString(rec.resolve("d.yaml"), """
                independent_variables: []
                dependent_variables: [{header: {name: Y}, values: [{value: 1, errors: [{symerror: 0}]}]}]
                """);
        HepDataRecordReader plain = HepDataRecordReader.withoutSchemas();
        assertFalse(plain.checksSchemas());
        Validation v = plain.validate(rec);
        assertFalse(v.valid(), "zero uncertainties are a semantic check");
        assertTrue(v.mentions("Uncertainties should not all be zero"), v.problems().toString());
        assertTrue(v.notes().stream().anyMatch(n -> n.contains("only the semantic checks")), v.notes().toString());
        assertTrue(v.problems().stream().noneMatch(p -> p.message().contains("extra_key")), "no schema check made");
    }
}
