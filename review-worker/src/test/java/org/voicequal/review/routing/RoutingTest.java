package org.voicequal.review.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.Reason;
import org.voicequal.events.ReviewDecision;
import org.voicequal.events.ReviewRoute;

class RoutingTest {

    private static CheckResult check(String rule, CheckOutcome outcome) {
        return new CheckResult(rule, outcome, List.of("f"), rule + " zh", rule + " en", false, List.of());
    }

    private static CheckResult warning(String rule) {
        return new CheckResult(rule, CheckOutcome.PASS, List.of("f"), rule + " zh", rule + " en", true, List.of());
    }

    private static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::getCode).toList();
    }

    @Test
    void everyCheckPassedIsApprovedAutomaticallyAndRecordsEveryPassAsItsGround() {
        List<CheckResult> checks = List.of(check("A", CheckOutcome.PASS), check("B", CheckOutcome.PASS));
        Routing routing = Routing.of(checks, RoutingPolicy.DEFAULT);
        assertThat(routing.route()).isEqualTo(ReviewRoute.AUTOMATIC);
        assertThat(routing.decision()).isEqualTo(ReviewDecision.APPROVED);
        assertThat(routing.reasons()).isEmpty();
        assertThat(routing.drivers()).isEqualTo(checks);
    }

    @Test
    void warningsTravelWithTheApprovalAsReasons() {
        Routing routing = Routing.of(List.of(check("A", CheckOutcome.PASS), warning("ADMIN_ID_VALIDITY")),
                RoutingPolicy.DEFAULT);
        assertThat(routing.decision()).isEqualTo(ReviewDecision.APPROVED);
        assertThat(codes(routing.reasons())).containsExactly("ADMIN_ID_VALIDITY");
        assertThat(routing.reasons().get(0).getMessageEn()).isEqualTo("ADMIN_ID_VALIDITY en");
    }

    @Test
    void anyFailureRejectsWithEveryFailureAsAReasonEvenBesideUnverifiedChecks() {
        Routing routing = Routing.of(List.of(check("A", CheckOutcome.FAIL), check("B", CheckOutcome.UNVERIFIED),
                check("C", CheckOutcome.FAIL), check("D", CheckOutcome.PASS)), RoutingPolicy.DEFAULT);
        assertThat(routing.route()).isEqualTo(ReviewRoute.AUTOMATIC);
        assertThat(routing.decision()).isEqualTo(ReviewDecision.REJECTED);
        assertThat(codes(routing.reasons())).containsExactly("A", "C");
        assertThat(routing.reasons().get(0).getMessageZh()).isEqualTo("A zh");
        assertThat(routing.drivers()).extracting(CheckResult::getRule).containsExactly("A", "C");
    }

    @Test
    void unverifiedChecksGoToAPersonWithThemAsReasons() {
        Routing routing = Routing.of(List.of(check("A", CheckOutcome.PASS), check("CREDIT_CODE_MATCHES", CheckOutcome.UNVERIFIED)),
                RoutingPolicy.DEFAULT);
        assertThat(routing.route()).isEqualTo(ReviewRoute.HUMAN);
        assertThat(routing.decision()).isEqualTo(ReviewDecision.PENDING_HUMAN_REVIEW);
        assertThat(routing.toPerson()).isTrue();
        assertThat(codes(routing.reasons())).containsExactly("CREDIT_CODE_MATCHES");
        assertThat(routing.drivers()).extracting(CheckResult::getRule).containsExactly("CREDIT_CODE_MATCHES");
    }

    @Test
    void anEvaluationWithoutChecksGoesToAPerson() {
        Routing routing = Routing.of(List.of(), RoutingPolicy.DEFAULT);
        assertThat(routing.route()).isEqualTo(ReviewRoute.HUMAN);
        assertThat(codes(routing.reasons())).containsExactly("NO_CHECKS");
    }

    @Test
    void withAutomaticRejectionOffFailuresGoToAPersonWithTheUnverified() {
        Routing routing = Routing.of(List.of(check("B", CheckOutcome.UNVERIFIED), check("A", CheckOutcome.FAIL)),
                new RoutingPolicy(true, false));
        assertThat(routing.decision()).isEqualTo(ReviewDecision.PENDING_HUMAN_REVIEW);
        assertThat(codes(routing.reasons())).containsExactly("A", "B");
    }

    @Test
    void withAutomaticApprovalOffACleanEvaluationGoesToAPersonSayingWhy() {
        Routing routing = Routing.of(List.of(check("A", CheckOutcome.PASS), warning("W")), new RoutingPolicy(false, true));
        assertThat(routing.decision()).isEqualTo(ReviewDecision.PENDING_HUMAN_REVIEW);
        assertThat(codes(routing.reasons())).containsExactly("AUTO_APPROVAL_OFF", "W");
        // and a failure is still rejected at once
        assertThat(Routing.of(List.of(check("A", CheckOutcome.FAIL)), new RoutingPolicy(false, true)).decision())
                .isEqualTo(ReviewDecision.REJECTED);
    }
}
