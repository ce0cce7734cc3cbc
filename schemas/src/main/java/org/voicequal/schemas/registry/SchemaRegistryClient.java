package org.voicequal.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry REST API that the pipeline needs: register, look up, fetch by id,
 * check compatibility, set the compatibility level. Written against the documented API only, so it works
 * unchanged with Confluent Schema Registry, Apicurio ({@code /apis/ccompat/v7}), Karapace and Redpanda.
 *
 * <p>Ids and schemas are cached: a schema id never changes meaning, so after the first call a record is
 * serialized and deserialized without any network round trip.
 */
public class SchemaRegistryClient {

    private static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;
    private final Duration timeout;
    private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    public SchemaRegistryClient(String baseUrl) {
        this(baseUrl, Duration.ofSeconds(10));
    }

    public SchemaRegistryClient(String baseUrl, Duration timeout) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("a schema registry URL is required");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Registers {@code schema} under {@code subject} (idempotent: an existing identical schema keeps its id). */
    public int register(String subject, Schema schema) {
        return idsBySubjectAndSchema.computeIfAbsent(subject + '\n' + schema.toString(), k -> {
            JsonNode body = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
            int id = body.path("id").asInt();
            schemasById.putIfAbsent(id, schema);
            return id;
        });
    }

    /** The id of {@code schema} if it is registered under {@code subject}. */
    public OptionalInt lookup(String subject, Schema schema) {
        Integer cached = idsBySubjectAndSchema.get(subject + '\n' + schema.toString());
        if (cached != null) {
            return OptionalInt.of(cached);
        }
        try {
            int id = send("POST", "/subjects/" + encode(subject), schemaBody(schema)).path("id").asInt();
            idsBySubjectAndSchema.put(subject + '\n' + schema.toString(), id);
            schemasById.putIfAbsent(id, schema);
            return OptionalInt.of(id);
        } catch (SchemaRegistryException e) {
            if (e.status() == 404) {
                return OptionalInt.empty();
            }
            throw e;
        }
    }

    /** The writer schema with this id. */
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, k -> {
            JsonNode body = send("GET", "/schemas/ids/" + id, null);
            return new Schema.Parser().parse(body.path("schema").asText());
        });
    }

    /** Whether {@code schema} may be registered under {@code subject} by the subject's compatibility level. */
    public boolean isCompatible(String subject, Schema schema) {
        try {
            JsonNode body = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest",
                    schemaBody(schema));
            return body.path("is_compatible").asBoolean(false);
        } catch (SchemaRegistryException e) {
            if (e.status() == 404) {
                return true; // no version yet: anything is compatible with nothing
            }
            throw e;
        }
    }

    /** Sets the global compatibility level, e.g. BACKWARD (Apicurio's default is NONE, Confluent's BACKWARD). */
    public void setCompatibility(String level) {
        ObjectNode body = JSON.createObjectNode().put("compatibility", level);
        send("PUT", "/config", body.toString());
    }

    public String compatibility() {
        JsonNode body = send("GET", "/config", null);
        return body.has("compatibilityLevel") ? body.path("compatibilityLevel").asText()
                : body.path("compatibility").asText();
    }

    private static String schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString()).put("schemaType", "AVRO").toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Accept", MEDIA_TYPE + ", application/json");
        if (body != null) {
            request.header("Content-Type", MEDIA_TYPE).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SchemaRegistryException(0, 0, "schema registry at " + baseUrl + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(0, 0, "interrupted while calling the schema registry", e);
        }
        JsonNode json;
        try {
            json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SchemaRegistryException(response.statusCode(), 0,
                    method + " " + path + " answered " + response.statusCode() + " with a body that is not JSON", e);
        }
        if (response.statusCode() >= 300) {
            throw new SchemaRegistryException(response.statusCode(), json.path("error_code").asInt(0),
                    method + " " + path + " answered " + response.statusCode() + ": " + json.path("message").asText(""), null);
        }
        return json;
    }
}
