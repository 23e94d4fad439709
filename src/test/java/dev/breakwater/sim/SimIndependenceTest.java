package dev.breakwater.sim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The simulator's independence rule (package-info): it may not use the client's Alpaca mapping nor its
 * domain types, so client-vs-simulator conformance tests compare two independent implementations.
 */
class SimIndependenceTest {

    private static final JavaClasses SIM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.breakwater.sim");

    @Test
    void theSimulatorUsesNeitherTheBrokerClientNorTheDomain() {
        noClasses().that().resideInAPackage("dev.breakwater.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.breakwater.broker..", "dev.breakwater.domain..")
                .because("conformance tests of client against simulator must not prove the code agrees with itself")
                .check(SIM);
    }

    @Test
    void theSimulatorUsesNoToolkit() {
        noClasses().that().resideInAPackage("dev.breakwater.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "okhttp3..")
                .check(SIM);
    }
}
