package dev.breakwater.journal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The journal's package rule (see package-info): the order service uses it, never the reverse. */
class JournalDependenciesTest {

    @Test
    void theJournalDependsOnlyOnDomainJacksonH2AndSlf4j() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.breakwater.journal");

        noClasses().that().resideInAPackage("dev.breakwater.journal..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.breakwater.broker..", "dev.breakwater.resilience..", "dev.breakwater.orders..",
                        "dev.breakwater.ui..", "dev.breakwater.sim..", "dev.breakwater.app..",
                        "javafx..", "okhttp3..", "io.github.resilience4j..")
                .check(classes);
    }
}
