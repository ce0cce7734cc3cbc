package org.voicequal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.ReviewDecision;
import org.voicequal.events.ReviewRoute;

class RoutingTest {

    private static CheckResult check(String rule, CheckOutcome outcome) {
        return new CheckResult(rule, outcome, List.of("f"), rule + " zh", rule + " en", false, List.of());
    }

    @Test
    void approvesAutomaticallyOnlyWhenEveryCheckPassed() {
        Routing routing = Routing.of(List.of(check("A", CheckOutcome.PASS), check("B", CheckOutcome.PASS)));
        assertThat(routing.route()).isEqualTo(ReviewRoute.AUTOMATIC);
        assertThat(routing.decision()).isEqualTo(ReviewDecision.APPROVED);
        assertThat(routing.reasons()).isEmpty();
    }

    @Test
    void anyFailureRejectsWithEveryFailureAsAReasonEvenBesideUnverifiedChecks() {
        Routing routing = Routing.of(List.of(check("A", CheckOutcome.FAIL), check("B", CheckOutcome.UNVERIFIED),
                check("C", CheckOutcome.FAIL), check("D", CheckOutcome.PASS)));
        assertThat(routing.decision()).isEqualTo(ReviewDecision.REJECTED);
        assertThat(routing.reasons()).extracting(r -> r.getCode()).containsExactly("A", "C");
        assertThat(routing.reasons().get(0).getMessageZh()).isEqualTo("A zh");
    }

    @Test
    void unverifiedChecksGoToAPerson() {
        Routing routing = Routing.of(List.of(check("A", CheckOutcome.PASS), check("OCR", CheckOutcome.UNVERIFIED)));
        assertThat(routing.route()).isEqualTo(ReviewRoute.HUMAN);
        assertThat(routing.decision()).isEqualTo(ReviewDecision.PENDING_HUMAN_REVIEW);
        assertThat(routing.reasons()).extracting(r -> r.getCode()).containsExactly("OCR");
        assertThat(Routing.of(List.of()).route()).isEqualTo(ReviewRoute.HUMAN);
    }

    @Test
    void theHumanDeadlineIsOneWorkingDay() {
        // Friday 2026-11-27 10:00 in China → Monday 2026-11-30 10:00
        assertThat(ReviewWorker.oneWorkingDayAfter(Instant.parse("2026-11-27T02:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-30T02:00:00Z"));
        // Tuesday → Wednesday
        assertThat(ReviewWorker.oneWorkingDayAfter(Instant.parse("2026-11-24T02:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));
    }
}
