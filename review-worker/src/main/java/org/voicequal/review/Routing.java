package org.voicequal.review;

import java.util.List;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.Reason;
import org.voicequal.events.ReviewDecision;
import org.voicequal.events.ReviewRoute;

/**
 * Where an evaluated submission goes. Any failed rule rejects it automatically, with every failure as a
 * reason. It is approved automatically only when every rule passed, which includes OCR confirming the
 * decisive fields. Anything unverified goes to a person.
 */
public record Routing(ReviewRoute route, ReviewDecision decision, List<Reason> reasons) {

    public static Routing of(List<CheckResult> checks) {
        if (checks.isEmpty()) {
            return new Routing(ReviewRoute.HUMAN, ReviewDecision.PENDING_HUMAN_REVIEW,
                    List.of(new Reason("NO_CHECKS", "沒有可用的檢查結果", "no check results were available")));
        }
        List<Reason> failed = reasons(checks, CheckOutcome.FAIL);
        if (!failed.isEmpty()) {
            return new Routing(ReviewRoute.AUTOMATIC, ReviewDecision.REJECTED, failed);
        }
        List<Reason> unverified = reasons(checks, CheckOutcome.UNVERIFIED);
        if (!unverified.isEmpty()) {
            return new Routing(ReviewRoute.HUMAN, ReviewDecision.PENDING_HUMAN_REVIEW, unverified);
        }
        return new Routing(ReviewRoute.AUTOMATIC, ReviewDecision.APPROVED, List.of());
    }

    private static List<Reason> reasons(List<CheckResult> checks, CheckOutcome outcome) {
        return checks.stream().filter(c -> c.getOutcome() == outcome)
                .map(c -> new Reason(c.getRule(), c.getMessageZh(), c.getMessageEn())).toList();
    }
}
