package org.voicequal.ingest.recognition;

import java.util.List;
import org.voicequal.events.RecognizedField;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One field read from a recognition's image as ingest-service stores it (the {@code recognition.fields}
 * column): the value still sealed as it arrived, the rest in clear for whoever operates the service.
 */
record StoredField(String name, String sealedValue, double confidence, String agreement, boolean confirmed,
                   List<String> engines, String unreadReason) {

    /** A plain mapper, not the web layer's: the stored format must not follow the HTTP output's settings. */
    private static final JsonMapper STORAGE = JsonMapper.builder().build();
    private static final TypeReference<List<StoredField>> LIST = new TypeReference<>() {
    };

    StoredField {
        engines = engines == null ? List.of() : List.copyOf(engines);
    }

    static StoredField of(RecognizedField field) {
        return new StoredField(field.getName(), field.getSealedValue(), field.getConfidence(),
                field.getAgreement().name(), field.getConfirmed(), field.getEngines(), field.getUnreadReason());
    }

    static String toJson(List<StoredField> fields) {
        return STORAGE.writeValueAsString(fields);
    }

    static List<StoredField> fromJson(String json) {
        return json == null ? List.of() : STORAGE.readValue(json, LIST);
    }
}
