package org.voicequal.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.Evidence;
import org.voicequal.pipeline.Json;

/**
 * The checks a reviewer must settle, as stored with the review task: every result that did not pass, with
 * its evidence. Values inside the evidence stay sealed; the reviewer API opens them for a reviewer, audited.
 */
final class TaskChecks {

    private TaskChecks() {
    }

    static String json(List<CheckResult> checks) {
        return Json.write(checks.stream().filter(c -> c.getOutcome() != CheckOutcome.PASS).map(TaskChecks::check).toList());
    }

    private static Map<String, Object> check(CheckResult check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", check.getRule());
        json.put("outcome", check.getOutcome().name());
        json.put("fields", check.getFields());
        json.put("messageZh", check.getMessageZh());
        json.put("messageEn", check.getMessageEn());
        json.put("evidence", check.getEvidence().stream().map(TaskChecks::evidence).toList());
        return json;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("field", e.getField());
        json.put("document", e.getDocument() == null ? null : e.getDocument().name());
        json.put("readField", e.getReadField());
        json.put("sealedSubmitted", e.getSealedSubmitted());
        json.put("sealedRead", e.getSealedRead());
        json.put("engines", e.getEngines());
        json.put("confidence", e.getConfidence());
        json.put("agreement", e.getAgreement() == null ? null : e.getAgreement().name());
        json.put("confirmed", e.getConfirmed());
        json.put("note", e.getNote());
        return json;
    }
}
