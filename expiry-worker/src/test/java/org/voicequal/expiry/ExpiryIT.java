package org.voicequal.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voicequal.expiry.ExpiryFixture.recognized;
import static org.voicequal.expiry.ExpiryFixture.status;
import static org.voicequal.expiry.ExpiryFixture.submission;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.voicequal.domain.time.ChinaTime;
import org.voicequal.events.DocumentEnd;
import org.voicequal.events.DocumentType;
import org.voicequal.events.EndOrigin;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.expiry.replacement.Replacement;
import org.voicequal.expiry.scan.ExpiryScan;
import org.voicequal.expiry.tracking.Tracking;

/**
 * Tracking, the scan and replacement on real PostgreSQL and a real registry, with the clock moved instead of
 * slept through. Given the events a qualification is made of, when the days pass, then each change is
 * published once, on its day.
 */
class ExpiryIT {

    private static final LocalDate END = LocalDate.of(2027, 3, 10);
    private static final LocalDate FAR = LocalDate.of(2035, 1, 1);
    private static ExpiryFixture fixture;

    private Jdbi jdbi;
    private MovableClock clock;
    private Tracking tracking;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ExpiryFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void freshWorker() {
        jdbi = fixture.freshSchema();
        clock = MovableClock.at(LocalDate.of(2027, 1, 4), LocalTime.NOON);
        tracking = new Tracking(check(), new Replacement(clock, fixture.outbox()), ExpiryFixture.CIPHER, clock);
    }

    private ExpiryCheck check() {
        return new ExpiryCheck(new ExpiryRule(7, ChinaTime.ZONE), clock, fixture.outbox());
    }

    private ExpiryScan scan(int batchSize) {
        return new ExpiryScan(jdbi, check(), null, clock, batchSize);
    }

    private void in(Consumer<Handle> work) {
        jdbi.useTransaction(work::accept);
    }

    private void approved(String id, String account, LocalDate licenceEnd) {
        in(tx -> tracking.submitted(tx, submission(id, account, licenceEnd, FAR, null)));
        in(tx -> tracking.statusChanged(tx, status(id, account, QualificationStatus.APPROVED)));
    }

    private List<QualificationStatusChanged> scanAt(LocalDate day, LocalTime time) {
        clock.moveTo(day, time);
        scan(100).scan();
        return fixture.published(jdbi);
    }

    @Test
    void theReminderComesExactlySevenDaysBeforeTheEarliestEndAndExpiryTheDayAfterEachOnce() {
        approved("q-1", "acct", END);
        assertThat(fixture.published(jdbi)).as("approved far from its end").isEmpty();

        assertThat(scanAt(END.minusDays(7).minusDays(1), LocalTime.of(23, 59))).as("eight days before").isEmpty();
        assertThat(scanAt(END.minusDays(7), LocalTime.MIDNIGHT)).singleElement().satisfies(c -> {
            assertThat(c.getStatus()).isEqualTo(QualificationStatus.EXPIRING_SOON);
            assertThat(c.getPreviousStatus()).isEqualTo(QualificationStatus.APPROVED);
            assertThat(c.getDocuments()).containsExactly(DocumentType.BUSINESS_LICENCE);
            assertThat(c.getReasons()).singleElement().satisfies(r -> {
                assertThat(r.getMessageZh()).contains("營業執照").contains("2027-03-10");
                assertThat(r.getMessageEn()).contains("business licence").contains("2027-03-10");
            });
            assertThat(c.getDocumentEnds()).containsExactly(
                    new DocumentEnd(DocumentType.BUSINESS_LICENCE, END, EndOrigin.TYPED),
                    new DocumentEnd(DocumentType.LEGAL_REP_ID_BACK, FAR, EndOrigin.TYPED));
        });
        assertThat(scanAt(END.minusDays(6), LocalTime.NOON)).as("already announced").isEmpty();
        assertThat(scanAt(END, LocalTime.of(23, 59))).as("valid through its last day").isEmpty();

        assertThat(scanAt(END.plusDays(1), LocalTime.MIDNIGHT)).singleElement().satisfies(c -> {
            assertThat(c.getStatus()).isEqualTo(QualificationStatus.EXPIRED);
            assertThat(c.getPreviousStatus()).isEqualTo(QualificationStatus.EXPIRING_SOON);
            assertThat(c.getReasons()).extracting(r -> r.getCode()).containsExactly("DOCUMENT_EXPIRED:BUSINESS_LICENCE");
        });
        assertThat(scanAt(END.plusDays(2), LocalTime.NOON)).isEmpty();
        assertThat(scanAt(FAR.plusDays(2), LocalTime.NOON)).as("expired is settled for good").isEmpty();
    }

    static Stream<Arguments> everyArrivalOrder() {
        return Stream.of(Arguments.of(List.of("submitted", "recognized", "approved")),
                Arguments.of(List.of("submitted", "approved", "recognized")),
                Arguments.of(List.of("recognized", "submitted", "approved")),
                Arguments.of(List.of("recognized", "approved", "submitted")),
                Arguments.of(List.of("approved", "submitted", "recognized")),
                Arguments.of(List.of("approved", "recognized", "submitted")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyArrivalOrder")
    void inEveryOrderOfArrivalTheQualificationIsTrackedWithTheEndRecognitionConfirmed(List<String> order) {
        for (String event : order) {
            in(tx -> {
                switch (event) {
                    case "submitted" -> tracking.submitted(tx, submission("q-1", "acct", END.plusMonths(3), FAR, null));
                    case "recognized" -> tracking.recognized(tx, recognized("q-1", END.toString(), true));
                    default -> tracking.statusChanged(tx, status("q-1", "acct", QualificationStatus.APPROVED));
                }
            });
        }
        assertThat(fixture.published(jdbi)).isEmpty();
        assertThat(scanAt(END.minusDays(8), LocalTime.NOON)).isEmpty();
        assertThat(scanAt(END.minusDays(7), LocalTime.NOON)).singleElement().satisfies(c -> {
            assertThat(c.getStatus()).isEqualTo(QualificationStatus.EXPIRING_SOON);
            assertThat(c.getAccountId()).isEqualTo("acct");
            assertThat(c.getDocumentEnds()).first()
                    .isEqualTo(new DocumentEnd(DocumentType.BUSINESS_LICENCE, END, EndOrigin.RECOGNIZED));
            assertThat(c.getReasons().get(0).getMessageEn()).contains("as read from the document");
        });
    }

    @Test
    void anUnconfirmedReadIsNotActedOnAndALongTermReadNeverEnds() {
        in(tx -> tracking.recognized(tx, recognized("q-unsure", "2027-02-01", false)));
        approved("q-unsure", "acct", END);
        in(tx -> tracking.recognized(tx, recognized("q-long", "LONG_TERM", true)));
        in(tx -> tracking.submitted(tx, submission("q-long", "acct", END, null, null)));
        in(tx -> tracking.statusChanged(tx, status("q-long", "acct", QualificationStatus.APPROVED)));

        assertThat(scanAt(LocalDate.of(2027, 1, 30), LocalTime.NOON)).as("the unconfirmed end is not counted").isEmpty();
        assertThat(scanAt(END.minusDays(7), LocalTime.NOON)).extracting(QualificationStatusChanged::getQualificationId)
                .containsExactly("q-unsure");
        assertThat(scanAt(LocalDate.of(2099, 1, 1), LocalTime.NOON)).extracting(QualificationStatusChanged::getQualificationId)
                .as("q-long's licence reads 長期 and it has no other end").containsExactly("q-unsure");
    }

    @Test
    void anApprovalWhoseEarliestEndIsInsideTheWindowIsExpiringSoonAtOnce() {
        clock.moveTo(END.minusDays(5), LocalTime.NOON);
        approved("q-1", "acct", END);
        assertThat(fixture.published(jdbi)).as("published with the approval, before any scan").singleElement()
                .satisfies(c -> assertThat(c.getStatus()).isEqualTo(QualificationStatus.EXPIRING_SOON));

        approved("q-2", "acct", END.minusDays(10));
        assertThat(fixture.published(jdbi)).as("an end already past: expired at once").singleElement()
                .satisfies(c -> {
                    assertThat(c.getStatus()).isEqualTo(QualificationStatus.EXPIRED);
                    assertThat(c.getPreviousStatus()).isEqualTo(QualificationStatus.APPROVED);
                });
        assertThat(scanAt(END.minusDays(4), LocalTime.NOON)).isEmpty();
    }

    @Test
    void everyDueRowIsReachedAcrossBatchesAndSettledRowsAreNotReadAgain() {
        for (int i = 0; i < 7; i++) {
            approved("q-due-" + i, "acct", END);
        }
        approved("q-later", "acct", END.plusDays(30));
        clock.moveTo(END.minusDays(7), LocalTime.NOON);

        ExpiryScan.Result first = scan(3).scan();
        assertThat(first.settled()).isEqualTo(7);
        assertThat(first.published()).isEqualTo(7);
        assertThat(first.batches()).as("3 + 3 + 1").isEqualTo(3);
        assertThat(fixture.published(jdbi)).extracting(QualificationStatusChanged::getQualificationId)
                .containsExactlyInAnyOrder("q-due-0", "q-due-1", "q-due-2", "q-due-3", "q-due-4", "q-due-5", "q-due-6");

        ExpiryScan.Result again = scan(3).scan();
        assertThat(again.settled()).as("nothing re-read the same day").isZero();
        assertThat(again.batches()).isEqualTo(1);
    }

    @Test
    void aRejectedQualificationIsNeverReminded() {
        in(tx -> tracking.submitted(tx, submission("q-no", "acct", END, FAR, null)));
        in(tx -> tracking.statusChanged(tx, status("q-no", "acct", QualificationStatus.REJECTED)));
        assertThat(scanAt(END.minusDays(7), LocalTime.NOON)).isEmpty();
        assertThat(scanAt(END.plusDays(1), LocalTime.NOON)).isEmpty();
    }

    @ParameterizedTest(name = "the old approval arrives {0} the renewal's")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"before", "after"})
    void anApprovedRenewalReplacesTheOldQualificationWhichGetsNoMoreReminders(String when) {
        if (when.equals("before")) {
            approved("q-old", "acct", END);
            assertThat(scanAt(END.minusDays(7), LocalTime.NOON)).singleElement()
                    .satisfies(c -> assertThat(c.getStatus()).isEqualTo(QualificationStatus.EXPIRING_SOON));
        } else {
            clock.moveTo(END.minusDays(7), LocalTime.NOON);
        }
        in(tx -> tracking.statusChanged(tx, status("q-new", "acct", QualificationStatus.APPROVED)));
        in(tx -> tracking.submitted(tx, submission("q-new", "acct", END.plusYears(5), FAR, "q-old")));
        if (when.equals("after")) {
            assertThat(fixture.published(jdbi)).as("nothing to replace yet").isEmpty();
            approved("q-old", "acct", END);
        }

        assertThat(fixture.published(jdbi)).singleElement().satisfies(c -> {
            assertThat(c.getQualificationId()).isEqualTo("q-old");
            assertThat(c.getStatus()).isEqualTo(QualificationStatus.REPLACED);
            assertThat(c.getPreviousStatus()).isEqualTo(when.equals("before")
                    ? QualificationStatus.EXPIRING_SOON : QualificationStatus.APPROVED);
            assertThat(c.getReasons()).extracting(r -> r.getCode()).containsExactly("REPLACED_BY:q-new");
        });
        assertThat(scanAt(END.plusDays(1), LocalTime.NOON)).as("the replaced one never expires").isEmpty();
        assertThat(scanAt(END.plusYears(5).minusDays(7), LocalTime.NOON)).as("the renewal is tracked")
                .extracting(QualificationStatusChanged::getQualificationId).containsExactly("q-new");
    }

    @Test
    void aRenewalNamingAnotherAccountsQualificationReplacesNothing() {
        approved("q-theirs", "other", END);
        clock.moveTo(END.minusDays(30), LocalTime.NOON);
        in(tx -> tracking.submitted(tx, submission("q-mine", "acct", END.plusYears(5), FAR, "q-theirs")));
        in(tx -> tracking.statusChanged(tx, status("q-mine", "acct", QualificationStatus.APPROVED)));
        assertThat(fixture.published(jdbi)).isEmpty();
        assertThat(scanAt(END.minusDays(7), LocalTime.NOON)).extracting(QualificationStatusChanged::getQualificationId)
                .containsExactly("q-theirs");
    }
}
