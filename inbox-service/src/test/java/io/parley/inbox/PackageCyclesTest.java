package io.parley.inbox;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The inbox's packages stay untangled (docs/development.md, "How a feature is put together"): read from the compiled
 * classes, no two feature packages depend on each other, directly or round a cycle, and {@code conversations} — the
 * conversation, its state machine and intake — uses none of the features that react to its events.
 */
class PackageCyclesTest {

    private static final JavaClasses INBOX = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.parley.inbox");

    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("io.parley.inbox.(*)..").should().beFreeOfCycles().check(INBOX);
    }

    @Test
    void conversationsCallsNoFeatureThatReactsToIt() {
        noClasses().that().resideInAPackage("io.parley.inbox.conversations..").should().dependOnClassesThat()
                .resideInAnyPackage("io.parley.inbox.targets..", "io.parley.inbox.priority..",
                        "io.parley.inbox.ownership..", "io.parley.inbox.search..", "io.parley.inbox.replies..",
                        "io.parley.inbox.queue..", "io.parley.inbox.stories..", "io.parley.inbox.intake..")
                .check(INBOX);
    }
}
