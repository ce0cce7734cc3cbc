package org.voicequal.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.voicequal.events.Reason;

/** JSON for JSONB columns: small maps and lists of plain values, nothing that needs a configured mapper. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable as JSON: " + value.getClass().getSimpleName(), e);
        }
    }

    /** Reasons as stored in JSONB columns: {@code [{"code", "messageZh", "messageEn"}, ...]}. */
    public static String reasons(List<Reason> reasons) {
        return write(reasons.stream().map(r -> Map.of("code", r.getCode(), "messageZh", r.getMessageZh(),
                "messageEn", r.getMessageEn())).toList());
    }

    public static Map<String, String> readStringMap(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object of strings", e);
        }
    }
}
