package org.voicequal.ingest.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voicequal.domain.QualificationId;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.Reason;
import org.voicequal.ingest.IngestFixture;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.StatusChanges;
import org.voicequal.schemas.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner's view of the history on real parts: every status event is appended with its reasons, the
 * current status's reasons are named at the top, and only the statuses that concern the owner ask for an
 * email.
 */
@ExtendWith(IngestFixture.Shared.class)
class StatusHistoryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Reason WAITS_FOR_PERSON = new Reason("CREDIT_CODE_MATCHES",
            "法人身份證上的號碼未能確認，等待人工審核",
            "the number on the legal representative's ID card could not be confirmed; a person reviews it");
    private static final Reason REJECTED_ID = new Reason("FAIL:DOCUMENTS_VALID", "管理員身份證已過期",
            "the administrator's ID has expired");

    private static IngestFixture ingest;

    @BeforeAll
    static void connect(IngestFixture fixture) {
        ingest = fixture;
    }

    @Test
    void waitingForAPersonIsRecordedWithItsReasonsAndEmailsNoOne() {
        // Given a submitted qualification, UNDER_REVIEW
        QualificationId id = ingest.submitSample();

        // When review-worker says why it now waits for a person (UNDER_REVIEW again)
        long notifications = record(StatusChanges.of("review-worker", id.toString(), "acct-demo",
                QualificationStatus.UNDER_REVIEW, QualificationStatus.UNDER_REVIEW).because(List.of(WAITS_FOR_PERSON))
                .at(Instant.now().truncatedTo(ChronoUnit.MILLIS)));

        // Then the owner is not emailed, and sees both entries, each with its reasons, the current ones on top
        assertThat(notifications).isZero();
        JsonNode view = qualification(id);
        assertThat(view.get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(view.get("history")).extracting(h -> h.get("status").asString())
                .containsExactly("UNDER_REVIEW", "UNDER_REVIEW");
        assertThat(view.get("history").get(0).get("reasons")).isEmpty();
        assertThat(view.get("history").get(1).get("reasons").toString()).isEqualTo(reasons(WAITS_FOR_PERSON));
        assertThat(view.get("reasons").toString()).isEqualTo(reasons(WAITS_FOR_PERSON));
        assertThat(view.toString()).as("masked").doesNotContain("330106198503150016", "张伟", "李娜");
    }

    @Test
    void aRejectionIsShownWithItsReasonsAndEmailedOnce() {
        // Given a qualification that waited for a person
        QualificationId id = ingest.submitSample();
        record(StatusChanges.of("review-worker", id.toString(), "acct-demo", QualificationStatus.UNDER_REVIEW,
                QualificationStatus.UNDER_REVIEW).because(List.of(WAITS_FOR_PERSON)).at(Instant.now()));

        // When the reviewer rejects it
        long notifications = record(StatusChanges.of("review-worker", id.toString(), "acct-demo",
                QualificationStatus.UNDER_REVIEW, QualificationStatus.REJECTED).because(List.of(REJECTED_ID))
                .at(Instant.now()));

        // Then the owner is emailed, and the current reasons are the rejection's
        assertThat(notifications).isOne();
        JsonNode view = qualification(id);
        assertThat(view.get("status").asString()).isEqualTo("REJECTED");
        assertThat(view.get("history")).extracting(h -> h.get("reasons").size()).containsExactly(0, 1, 1);
        assertThat(view.get("reasons").toString()).isEqualTo(reasons(REJECTED_ID));
    }

    @Test
    void anExpiringQualificationShowsWhichDocumentsEndAndWhenAndItsOwnerIsEmailed() {
        QualificationId id = ingest.submitSample();
        record(StatusChanges.of("review-worker", id.toString(), "acct-demo", QualificationStatus.UNDER_REVIEW,
                QualificationStatus.APPROVED).at(Instant.now()));
        QualificationStatusChanged expiring = StatusChanges.of("expiry-worker", id.toString(), "acct-demo",
                QualificationStatus.APPROVED, QualificationStatus.EXPIRING_SOON)
                .about(List.of(org.voicequal.events.DocumentType.ADMIN_ID_BACK)).at(Instant.now());
        expiring.setDocumentEnds(List.of(
                new org.voicequal.events.DocumentEnd(org.voicequal.events.DocumentType.ADMIN_ID_BACK,
                        java.time.LocalDate.of(2026, 12, 3), org.voicequal.events.EndOrigin.RECOGNIZED),
                new org.voicequal.events.DocumentEnd(org.voicequal.events.DocumentType.BUSINESS_LICENCE, null,
                        org.voicequal.events.EndOrigin.TYPED)));

        assertThat(record(expiring)).as("the owner is emailed").isOne();

        JsonNode view = qualification(id);
        assertThat(view.get("status").asString()).isEqualTo("EXPIRING_SOON");
        assertThat(view.get("expiry")).hasSize(2);
        assertThat(view.get("expiry").get(0).get("document").asString()).isEqualTo("ADMIN_ID_BACK");
        assertThat(view.get("expiry").get(0).get("validTo").asString()).isEqualTo("2026-12-03");
        assertThat(view.get("expiry").get(0).get("origin").asString()).isEqualTo("RECOGNIZED");
        assertThat(view.get("expiry").get(1).get("validTo").isNull()).as("long-term").isTrue();
    }

    /**
     * Records the event as the subscription does; returns the notification requests it wrote, counted inside
     * its own transaction (one snapshot: the relay publishing and deleting the submission's receipt request
     * meanwhile does not change the difference).
     */
    private static long record(QualificationStatusChanged event) {
        return ingest.jdbi().inTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            long before = notificationRows(handle, event);
            StatusHistory.record(handle, event, ingest.bean(Outbox.class), "zh-CN");
            return notificationRows(handle, event) - before;
        });
    }

    private static long notificationRows(org.jdbi.v3.core.Handle handle, QualificationStatusChanged event) {
        return handle.createQuery("SELECT count(*) FROM outbox WHERE topic = :topic AND record_key = :key")
                .bind("topic", Topics.NOTIFICATION_REQUESTED.name()).bind("key", event.getQualificationId())
                .mapTo(Long.class).one();
    }

    private static JsonNode qualification(QualificationId id) {
        var response = ingest.get("/v1/qualifications/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String reasons(Reason reason) {
        return JSON.createArrayNode().add(JSON.createObjectNode().put("code", reason.getCode())
                .put("messageZh", reason.getMessageZh()).put("messageEn", reason.getMessageEn())).toString();
    }
}
