package org.voicequal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published contract: every endpoint in the OpenAPI document, the key as its security, the UI served. */
@ExtendWith(IngestFixture.Shared.class)
class ApiDocumentationIT {

    private static IngestFixture ingest;

    @BeforeAll
    static void connect(IngestFixture fixture) {
        ingest = fixture;
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointWithTheApiKeyAsItsSecurity() {
        HttpResponse<String> response = ingest.get("/v3/api-docs", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JsonMapper.builder().build().readTree(response.body());

        assertThat(doc.get("openapi").asString()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/v1/qualifications", "/v1/qualifications/{id}", "/v1/qualifications/{id}/evaluation",
                "/v1/qualifications/{id}/reuse", "/v1/qualifications/{id}/renewal", "/v1/accounts", "/v1/audit",
                "/v1/documents", "/v1/recognitions", "/v1/recognitions/{id}", "/v1/platform-keys");
        assertThat(doc.at("/components/securitySchemes/apiKey/name").asString()).isEqualTo("X-Api-Key");
        assertThat(doc.at("/components/securitySchemes/apiKey/in").asString()).isEqualTo("header");
        JsonNode get = doc.at("/paths/~1v1~1qualifications/get/parameters");
        List<String> parameters = new ArrayList<>();
        get.forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).contains("status", "kind", "name", "cursor", "reveal").doesNotContain("caller");
    }

    @Test
    void theBrowsableUiIsServed() {
        HttpResponse<String> ui = ingest.get("/swagger-ui/index.html", null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }
}
