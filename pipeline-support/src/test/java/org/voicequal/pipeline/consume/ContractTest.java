package org.voicequal.pipeline.consume;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentEnd;
import org.voicequal.events.DocumentType;
import org.voicequal.events.EndOrigin;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;

class ContractTest {

    @Test
    void anEventAsTheProducersWriteItPasses() {
        assertThatCode(() -> Contract.check(change().build())).doesNotThrowAnyException();
        // OTHER is a real document type, and a default too: not a placeholder
        assertThatCode(() -> Contract.check(change().setDocuments(List.of(DocumentType.OTHER)).build()))
                .doesNotThrowAnyException();
    }

    @Test
    void eachBreachIsPoisonNamingItsFieldAndNeverItsValue() {
        assertThatThrownBy(() -> Contract.check(change().setEventId(" ").build()))
                .isInstanceOf(PoisonEventException.class).hasMessage("QualificationStatusChanged has no eventId");
        assertThatThrownBy(() -> Contract.check(change().setQualificationId("q-secret-1").build()))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("QualificationStatusChanged.qualificationId is not a UUID").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> Contract.check(change().setQualificationId("1-1-1-1-1").build()))
                .as("UUID.fromString accepts it").isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> Contract.check(change().setStatus(QualificationStatus.UNKNOWN).build()))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("QualificationStatusChanged.status is a QualificationStatus this consumer does not know");
        assertThatThrownBy(() -> Contract.check(change().setPreviousStatus(QualificationStatus.UNKNOWN).build()))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining(".previousStatus is");
        assertThatThrownBy(() -> Contract.check(change().setOccurredAt(Instant.ofEpochMilli(Long.MAX_VALUE / 2)).build()))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("QualificationStatusChanged.occurredAt is an instant outside the years 1970 to 9999");
        assertThatThrownBy(() -> Contract.check(change().setDocumentEnds(List.of(end(LocalDate.of(10_000, 1, 1)))).build()))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("QualificationStatusChanged.documentEnds[0].validTo is a date outside the years 1 to 9999");
    }

    @Test
    void aBlankReplacedQualificationIsNoneAsIngestPassesItOn() {
        org.voicequal.events.SubmissionReceived.Builder submission = org.voicequal.events.SubmissionReceived.newBuilder()
                .setEventId("e-1").setQualificationId(UUID.randomUUID().toString()).setAccountId("acct-1")
                .setKind(org.voicequal.events.QualificationKind.ORDINARY).setQualificationName("n")
                .setSubmittedAt(Instant.parse("2026-11-30T08:00:00Z"))
                .setEnterprise(org.voicequal.events.Enterprise.newBuilder().setCertificateType("BUSINESS_LICENCE").setName("n").build())
                .setLegalRepresentative(org.voicequal.events.Person.newBuilder().setSealedName("s").setIdType("RESIDENT_ID")
                        .setSealedIdNumber("s").build())
                .setDocuments(List.of());

        assertThatCode(() -> Contract.check(submission.setReplacesQualificationId(" ").build())).doesNotThrowAnyException();
        assertThatThrownBy(() -> Contract.check(submission.setReplacesQualificationId("q-1").build()))
                .isInstanceOf(PoisonEventException.class).hasMessage("SubmissionReceived.replacesQualificationId is not a UUID");
        assertThatThrownBy(() -> Contract.check(submission.setReplacesQualificationId(null)
                .setKind(org.voicequal.events.QualificationKind.UNKNOWN).build()))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("SubmissionReceived.kind is a QualificationKind");
    }

    @Test
    void theEdgesOfTheRangesAreInside() {
        assertThatCode(() -> Contract.check(change().setOccurredAt(Instant.EPOCH)
                .setDocumentEnds(List.of(end(LocalDate.of(1, 1, 1)), end(LocalDate.of(9999, 12, 31)))).build()))
                .doesNotThrowAnyException();
    }

    private static DocumentEnd end(LocalDate validTo) {
        return DocumentEnd.newBuilder().setDocument(DocumentType.BUSINESS_LICENCE).setValidTo(validTo)
                .setOrigin(EndOrigin.TYPED).build();
    }

    private static QualificationStatusChanged.Builder change() {
        return QualificationStatusChanged.newBuilder().setEventId(UUID.randomUUID().toString())
                .setQualificationId(UUID.randomUUID().toString()).setAccountId("acct-1")
                .setStatus(QualificationStatus.APPROVED).setPreviousStatus(QualificationStatus.UNDER_REVIEW)
                .setOccurredAt(Instant.parse("2026-11-30T08:00:00Z")).setSource("review-worker");
    }
}
