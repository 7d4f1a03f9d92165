package org.protomodels;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package graph of docs/architecture.md: features depend downwards only; adapters stay at the edge. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.protomodels");
    }

    @Test
    void engine_neverImportsMaven() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..").check(classes);
    }

    @Test
    void picocli_onlyInCli() {
        noClasses().that().resideOutsideOfPackage("org.protomodels.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..").check(classes);
    }

    @Test
    void nothing_dependsOnCliOrPipeline() {
        noClasses().that().resideOutsideOfPackages("org.protomodels.cli..", "org.protomodels.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.protomodels.cli..", "org.protomodels.pipeline..")
                .check(classes);
    }

    @Test
    void foundations_dependOnNoFeature() {
        noClasses().that().resideInAnyPackage("org.protomodels.io..", "org.protomodels.step..")
                .should().dependOnClassesThat().resideInAnyPackage("org.protomodels.database..", "org.protomodels.ingest..",
                        "org.protomodels.stats..", "org.protomodels.predict..", "org.protomodels.combine..",
                        "org.protomodels.walk..", "org.protomodels.fakes..", "org.protomodels.pvalues..",
                        "org.protomodels.report..")
                .check(classes);
    }

    @Test
    void stats_neverImportsDatabaseOrIngest() {
        noClasses().that().resideInAPackage("org.protomodels.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("org.protomodels.database..", "org.protomodels.ingest..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void database_dependsOnNoStage() {
        noClasses().that().resideInAPackage("org.protomodels.database..")
                .should().dependOnClassesThat().resideInAnyPackage("org.protomodels.ingest..", "org.protomodels.stats..",
                        "org.protomodels.predict..", "org.protomodels.combine..", "org.protomodels.walk..")
                .check(classes);
    }

    @Test
    void lowerFeatures_neverDependOnHigherOnes() {
        noClasses().that().resideInAnyPackage("org.protomodels.predict..", "org.protomodels.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("org.protomodels.combine..", "org.protomodels.walk..",
                        "org.protomodels.fakes..", "org.protomodels.pvalues..", "org.protomodels.report..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.protomodels.combine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.protomodels.walk..", "org.protomodels.fakes..",
                        "org.protomodels.pvalues..", "org.protomodels.report..")
                .allowEmptyShould(true).check(classes);
    }
}
