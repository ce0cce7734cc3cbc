package org.voicequal.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voicequal.domain.time.ChinaTime;
import org.voicequal.events.DocumentType;
import org.voicequal.events.EndOrigin;

/**
 * The expiry rule of SPEC §1.3 on its own, no database and no clock: instants are written out in UTC so that
 * a rule which used the server's zone, or UTC's midnight, instead of China's would fail here.
 */
class ExpiryRuleTest {

    private static final ExpiryRule RULE = new ExpiryRule(7, ChinaTime.ZONE);
    private static final LocalDate END = LocalDate.of(2027, 3, 10); // the licence's last valid day
    private static final ValidityEnd LICENCE = end(DocumentType.BUSINESS_LICENCE, END);

    @Test
    void theReminderFallsDueAtMidnightInShanghaiExactlySevenDaysBeforeTheEndAndNotBefore() {
        // 2027-03-03 00:00 in Shanghai is 2027-03-02 16:00 UTC
        Instant reminderDay = Instant.parse("2027-03-02T16:00:00Z");
        assertThat(RULE.nextDue(Stage.ACTIVE, List.of(LICENCE))).isEqualTo(reminderDay);

        assertThat(RULE.due(Stage.ACTIVE, List.of(LICENCE), reminderDay.minusMillis(1)))
                .as("23:59:59.999 on 2027-03-02 in Shanghai: eight days before, too early").isEmpty();
        assertThat(RULE.due(Stage.ACTIVE, List.of(LICENCE), reminderDay)).hasValueSatisfying(t -> {
            assertThat(t.to()).isEqualTo(Stage.EXPIRING_SOON);
            assertThat(t.because()).containsExactly(LICENCE);
        });
        assertThat(RULE.due(Stage.ACTIVE, List.of(LICENCE), Instant.parse("2027-03-02T15:00:00Z")))
                .as("still 2027-03-02 in Shanghai, though UTC's date and the server's may say otherwise").isEmpty();
    }

    @Test
    void expiringSoonIsAnnouncedOnceAndTheNextLookIsTheDayAfterTheEnd() {
        Instant dayAfter = END.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        assertThat(dayAfter).isEqualTo(Instant.parse("2027-03-10T16:00:00Z"));
        assertThat(RULE.nextDue(Stage.EXPIRING_SOON, List.of(LICENCE))).isEqualTo(dayAfter);
        assertThat(RULE.due(Stage.EXPIRING_SOON, List.of(LICENCE), china(END.minusDays(3), LocalTime.NOON)))
                .as("already expiring soon: nothing more to announce until the end passes").isEmpty();
    }

    @Test
    void expiredFromTheDayAfterTheEndNotOnTheLastValidDay() {
        Instant dayAfter = Instant.parse("2027-03-10T16:00:00Z"); // 2027-03-11 00:00 in Shanghai
        assertThat(RULE.due(Stage.EXPIRING_SOON, List.of(LICENCE), dayAfter.minusMillis(1)))
                .as("the last valid day, to its last millisecond").isEmpty();
        assertThat(RULE.due(Stage.EXPIRING_SOON, List.of(LICENCE), dayAfter)).hasValueSatisfying(t -> {
            assertThat(t.to()).isEqualTo(Stage.EXPIRED);
            assertThat(t.because()).containsExactly(LICENCE);
        });
        assertThat(RULE.nextDue(Stage.EXPIRED, List.of(LICENCE))).as("settled: never looked at again").isNull();
    }

    @Test
    void anActiveQualificationFoundPastItsEndGoesStraightToExpired() {
        // e.g. the worker was down over the whole reminder window: one transition, not two in a row
        assertThat(RULE.due(Stage.ACTIVE, List.of(LICENCE), END.plusDays(2)))
                .hasValueSatisfying(t -> assertThat(t.to()).isEqualTo(Stage.EXPIRED));
    }

    @Test
    void aDocumentValidLongTermNeverEnds() {
        ValidityEnd longTerm = end(DocumentType.ADMIN_ID_FRONT, null); // 長期
        assertThat(RULE.nextDue(Stage.ACTIVE, List.of(longTerm))).isNull();
        assertThat(RULE.due(Stage.ACTIVE, List.of(longTerm), LocalDate.of(2999, 12, 31))).isEmpty();
        assertThat(RULE.due(Stage.EXPIRING_SOON, List.of(longTerm), LocalDate.of(2999, 12, 31))).isEmpty();
    }

    @Test
    void theEarliestOfSeveralEndsWinsAndOnlyTheDocumentsConcernedAreNamed() {
        ValidityEnd legalRep = end(DocumentType.LEGAL_REP_ID_FRONT, LocalDate.of(2027, 3, 5));
        ValidityEnd later = end(DocumentType.ADMIN_ID_FRONT, LocalDate.of(2027, 9, 1));
        ValidityEnd longTerm = end(DocumentType.ADMIN_ID_BACK, null);
        List<ValidityEnd> ends = List.of(later, longTerm, LICENCE, legalRep); // in no particular order

        assertThat(RULE.nextDue(Stage.ACTIVE, ends)).isEqualTo(china(LocalDate.of(2027, 2, 26), LocalTime.MIDNIGHT));
        assertThat(RULE.due(Stage.ACTIVE, ends, LocalDate.of(2027, 2, 25))).isEmpty();
        assertThat(RULE.due(Stage.ACTIVE, ends, LocalDate.of(2027, 2, 26)))
                .hasValueSatisfying(t -> assertThat(t.because()).containsExactly(legalRep));
        assertThat(RULE.due(Stage.ACTIVE, ends, LocalDate.of(2027, 3, 3))).as("both within seven days, earliest first")
                .hasValueSatisfying(t -> assertThat(t.because()).containsExactly(legalRep, LICENCE));

        assertThat(RULE.nextDue(Stage.EXPIRING_SOON, ends)).isEqualTo(china(LocalDate.of(2027, 3, 6), LocalTime.MIDNIGHT));
        assertThat(RULE.due(Stage.EXPIRING_SOON, ends, LocalDate.of(2027, 3, 6))).hasValueSatisfying(t -> {
            assertThat(t.to()).isEqualTo(Stage.EXPIRED);
            assertThat(t.because()).as("only what has ended; the licence is still valid").containsExactly(legalRep);
        });
    }

    @Test
    void theWarningPeriodIsASetting() {
        ExpiryRule sameDay = new ExpiryRule(0, ChinaTime.ZONE);
        assertThat(sameDay.nextDue(Stage.ACTIVE, List.of(LICENCE))).isEqualTo(china(END, LocalTime.MIDNIGHT));
        assertThat(sameDay.due(Stage.ACTIVE, List.of(LICENCE), END.minusDays(1))).isEmpty();
        assertThat(sameDay.due(Stage.ACTIVE, List.of(LICENCE), END))
                .hasValueSatisfying(t -> assertThat(t.to()).isEqualTo(Stage.EXPIRING_SOON));
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"PENDING", "EXPIRED", "REPLACED", "CLOSED"})
    void aQualificationThatIsNotLiveIsNeverRemindedNorExpired(Stage stage) {
        assertThat(RULE.due(stage, List.of(LICENCE), END.minusDays(1))).isEmpty();
        assertThat(RULE.due(stage, List.of(LICENCE), END.plusDays(1))).isEmpty();
        assertThat(RULE.nextDue(stage, List.of(LICENCE))).isNull();
    }

    private static ValidityEnd end(DocumentType document, LocalDate validTo) {
        return new ValidityEnd(document, validTo, EndOrigin.TYPED);
    }

    private static Instant china(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(ChinaTime.ZONE).toInstant();
    }
}
