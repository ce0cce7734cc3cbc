package org.voicequal.review.routing;

import java.util.ArrayList;
import java.util.List;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.Reason;
import org.voicequal.events.ReviewDecision;
import org.voicequal.events.ReviewRoute;

/**
 * Where an evaluated submission goes, under a {@link RoutingPolicy}. Any failed rule rejects it, with every
 * failure as a reason. Every rule passed approves it, with the passes that carry a warning (an ID ending
 * within the reminder window) as reasons, so that they travel with the approval. Anything else goes to a
 * person, with the results that need one as reasons.
 *
 * @param reasons what the decision says to the applicant (codes and messages, never personal data)
 * @param drivers the rule results the decision rests on, recorded with it
 */
public record Routing(ReviewRoute route, ReviewDecision decision, List<Reason> reasons, List<CheckResult> drivers) {

    static final Reason NO_CHECKS = new Reason("NO_CHECKS", "沒有可用的檢查結果，需人工審核",
            "no check results were available; a person reviews it");
    static final Reason AUTO_APPROVAL_OFF = new Reason("AUTO_APPROVAL_OFF", "所有檢查均已通過，按審核策略由人工確認",
            "every check passed; the review policy has a person confirm it");

    public static Routing of(List<CheckResult> checks, RoutingPolicy policy) {
        if (checks.isEmpty()) {
            return person(List.of(NO_CHECKS), List.of());
        }
        List<CheckResult> failed = outcome(checks, CheckOutcome.FAIL);
        List<CheckResult> unverified = outcome(checks, CheckOutcome.UNVERIFIED);
        if (!failed.isEmpty() && policy.autoReject()) {
            return new Routing(ReviewRoute.AUTOMATIC, ReviewDecision.REJECTED, reasons(failed), failed);
        }
        if (!failed.isEmpty() || !unverified.isEmpty()) {
            List<CheckResult> open = new ArrayList<>(failed);
            open.addAll(unverified);
            return person(reasons(open), open);
        }
        List<CheckResult> warnings = checks.stream().filter(CheckResult::getWarning).toList();
        if (!policy.autoApprove()) {
            List<Reason> reasons = new ArrayList<>(List.of(AUTO_APPROVAL_OFF));
            reasons.addAll(reasons(warnings));
            return person(reasons, checks);
        }
        return new Routing(ReviewRoute.AUTOMATIC, ReviewDecision.APPROVED, reasons(warnings), checks);
    }

    /** Check results as the reasons a status event carries: rule code and messages, no evidence. */
    public static List<Reason> reasons(List<CheckResult> checks) {
        return checks.stream().map(c -> new Reason(c.getRule(), c.getMessageZh(), c.getMessageEn())).toList();
    }

    public boolean toPerson() {
        return decision == ReviewDecision.PENDING_HUMAN_REVIEW;
    }

    private static Routing person(List<Reason> reasons, List<CheckResult> drivers) {
        return new Routing(ReviewRoute.HUMAN, ReviewDecision.PENDING_HUMAN_REVIEW, reasons, drivers);
    }

    private static List<CheckResult> outcome(List<CheckResult> checks, CheckOutcome outcome) {
        return checks.stream().filter(c -> c.getOutcome() == outcome).toList();
    }
}
