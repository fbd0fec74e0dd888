package cn.wenzhou.fashion.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Checks the layering of the production classes (see ArchitectureRules). A plain JUnit test, not a Quarkus
 * test: it only reads class files, so it needs no running application, database or Elasticsearch.
 */
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("cn.wenzhou.fashion", ArchitectureRules.FLOORS);

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        // Test classes (and the planted fixture among them) are not production code; no JAR holds our packages.
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("cn.wenzhou.fashion");
    }

    @Test
    void floorsOnlyLookDown() {
        RULES.floorsOnlyLookDown().check(production);
    }

    @Test
    void onlyRestAdaptersUseRestAdapters() {
        RULES.onlyRestAdaptersUseRestAdapters().check(production);
    }

    @Test
    void featuresFormNoImportLoop() {
        RULES.featuresFormNoImportLoop().check(production);
    }

    @Test
    void packagesFormNoImportLoop() {
        RULES.packagesFormNoImportLoop().check(production);
    }

    @Test
    void entitiesDoNotImportSearch() {
        RULES.entitiesDoNotImportSearch().check(production);
    }
}
