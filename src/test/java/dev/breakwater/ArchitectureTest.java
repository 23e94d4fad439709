package dev.breakwater;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DEVELOPERS.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.breakwater");
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.breakwater.ui..", "dev.breakwater.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .because("the FX thread only renders: domain, broker, journal and services stay toolkit-free")
                .check(classes);
    }

    @Test
    void domainDependsOnNoFrameworks() {
        noClasses().that().resideInAPackage("dev.breakwater.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "okhttp3..", "com.fasterxml.jackson..", "io.github.resilience4j..", "java.sql..",
                        "dev.breakwater.broker..", "dev.breakwater.resilience..", "dev.breakwater.journal..",
                        "dev.breakwater.orders..", "dev.breakwater.sim..", "dev.breakwater.app..")
                .because("domain is plain Java: orders, accounts, validation")
                .check(classes);
    }

    @Test
    void brokerPortKnowsNoHttpNorResilience() {
        noClasses().that().resideInAPackage("dev.breakwater.broker")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "okhttp3..", "com.fasterxml.jackson..", "io.github.resilience4j..",
                        "dev.breakwater.broker.alpaca..")
                .check(classes);
    }

    @Test
    void simulatorKeepsItsOwnWireMapping() {
        noClasses().that().resideInAPackage("dev.breakwater.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.breakwater.broker..", "dev.breakwater.domain..")
                .because("conformance tests of client against simulator must not prove the code agrees with itself")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void resilienceDoesNotTalkHttpItself() {
        noClasses().that().resideInAPackage("dev.breakwater.resilience..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "dev.breakwater.broker.alpaca..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void orderServiceKnowsOnlyPortsAndTheJournal() {
        noClasses().that().resideInAPackage("dev.breakwater.orders..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.breakwater.broker.alpaca..", "dev.breakwater.sim..", "dev.breakwater.ui..",
                        "dev.breakwater.app..", "okhttp3..", "io.github.resilience4j..", "java.sql..", "org.h2..")
                .because("the submit path works against the broker port and the journal interface")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void liveAccountKnowsOnlyPortsDomainAndOrders() {
        noClasses().that().resideInAPackage("dev.breakwater.live..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.breakwater.broker.alpaca..", "dev.breakwater.sim..", "dev.breakwater.ui..",
                        "dev.breakwater.app..", "dev.breakwater.journal..", "okhttp3..", "com.fasterxml.jackson..")
                .because("the live model is fed through the broker port and the stream listener only")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void quotesKnowOnlyPortsAndDomain() {
        noClasses().that().resideInAPackage("dev.breakwater.quotes..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.breakwater.broker.alpaca..", "dev.breakwater.sim..", "dev.breakwater.ui..",
                        "dev.breakwater.app..", "dev.breakwater.journal..", "dev.breakwater.live..",
                        "dev.breakwater.orders..", "dev.breakwater.resilience..", "javafx..", "okhttp3..",
                        "io.github.resilience4j..", "com.fasterxml.jackson..")
                .because("quotes are polled through the market-data and assets ports only")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void screensTalkToServicesThroughPortsOnly() {
        noClasses().that().resideInAPackage("dev.breakwater.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.breakwater.sim..", "dev.breakwater.broker.alpaca..", "dev.breakwater.app..",
                        "okhttp3..", "org.h2..", "java.sql..", "com.fasterxml.jackson..", "io.github.resilience4j..")
                .because("view models see domain values and ports; the app wires the implementations")
                .allowEmptyShould(true)
                .check(classes);
    }
}
