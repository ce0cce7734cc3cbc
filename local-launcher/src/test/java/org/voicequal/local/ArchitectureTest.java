package org.voicequal.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The owner's architecture as rules; each failure message says how to fix the code. */
class ArchitectureTest {

    private static final String[] WORKERS = {"org.voicequal.ingest..", "org.voicequal.ocr..",
            "org.voicequal.validation..", "org.voicequal.review..", "org.voicequal.expiry..", "org.voicequal.notify.."};

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.voicequal");
    }

    @Test
    void workersKnowEachOtherOnlyThroughEvents() {
        slices().matching("org.voicequal.(ingest|ocr|validation|review|expiry|notify)..").should().notDependOnEachOther()
                .because("a worker learns what another knows from Avro events on Kafka; move shared logic to "
                        + "domain or pipeline-support, shared data to an event")
                .check(classes);
    }

    @Test
    void workersPublishOnlyThroughTheOutbox() {
        noClasses().that().resideInAnyPackage(WORKERS)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.kafka.clients.producer.KafkaProducer")
                .because("an event sent beside a database transaction is lost or duplicated when either fails; "
                        + "append it with Outbox.append in the transaction instead")
                .check(classes);
    }

    @Test
    void workersDoNotCarryTheEmbeddedInfrastructure() {
        noClasses().that().resideInAnyPackage(WORKERS)
                .should().dependOnClassesThat().resideInAnyPackage("org.voicequal.localinfra..", "org.voicequal.local..")
                .because("the same worker jar runs in production; embedded infrastructure belongs to local-launcher")
                .check(classes);
    }
}
