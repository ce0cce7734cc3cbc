package org.voicequal.ingest.evaluation;

import java.util.List;
import org.voicequal.events.CheckResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rule's result as ingest-service stores it: the event's {@code CheckResult}, enums as their names, the
 * evidence values still sealed. It is the JSON document of the {@code evaluation.checks} column.
 */
record SealedCheck(String rule, String outcome, List<String> fields, String messageZh, String messageEn,
                   boolean warning, List<Evidence> evidence) {

    /**
     * A plain mapper, not the web layer's: the stored format must not change when the HTTP output is
     * configured differently.
     */
    private static final JsonMapper STORAGE = JsonMapper.builder().build();
    private static final TypeReference<List<SealedCheck>> LIST = new TypeReference<>() {
    };

    SealedCheck {
        fields = fields == null ? List.of() : List.copyOf(fields);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** What a result rests on; {@code sealedSubmitted} and {@code sealedRead} are {@code pd1:...} or null. */
    record Evidence(String field, String document, String readField, String sealedSubmitted, String sealedRead,
                    List<String> engines, Double confidence, String agreement, boolean confirmed, String note) {

        Evidence {
            engines = engines == null ? List.of() : List.copyOf(engines);
        }
    }

    static SealedCheck of(CheckResult check) {
        return new SealedCheck(check.getRule(), check.getOutcome().name(), check.getFields(), check.getMessageZh(),
                check.getMessageEn(), check.getWarning(), check.getEvidence().stream()
                .map(e -> new Evidence(e.getField(), e.getDocument() == null ? null : e.getDocument().name(),
                        e.getReadField(), e.getSealedSubmitted(), e.getSealedRead(), e.getEngines(),
                        e.getConfidence(), e.getAgreement() == null ? null : e.getAgreement().name(),
                        e.getConfirmed(), e.getNote()))
                .toList());
    }

    static String toJson(List<SealedCheck> checks) {
        return STORAGE.writeValueAsString(checks);
    }

    static List<SealedCheck> fromJson(String json) {
        return STORAGE.readValue(json, LIST);
    }
}
