package org.voicequal.ingest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voicequal.events.ApiKeyChanged;
import org.voicequal.events.QualificationStatus;
import org.voicequal.ingest.IngestFixture;
import org.voicequal.localinfra.Multipart;
import org.voicequal.schemas.StatusChanges;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Accounts, roles and isolation over HTTP on the running service: who may see, reveal, reuse and renew what,
 * the same 404 for another account's qualification on every path, audited reveals, idempotent retries, and
 * keys published hashed on their compacted topic.
 */
@ExtendWith(IngestFixture.Shared.class)
class AccessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LEGAL_REP = "张伟";
    private static final String LEGAL_REP_ID = "330106198503150016";
    private static final String ENTERPRISE = "杭州示例科技有限公司";

    private static IngestFixture ingest;
    private static String application;
    private static String id;

    @BeforeAll
    static void submitOne(IngestFixture fixture) throws IOException {
        ingest = fixture;
        application = Files.readString(IngestFixture.APPLICATION);
        HttpResponse<String> accepted = submit(application, ingest.key("applicant"), null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        id = JSON.readTree(accepted.body()).get("id").asString();
    }

    @Test
    void withoutAKeyOrWithAnUnknownOneEveryPathIs401() {
        for (String path : List.of("/v1/qualifications", "/v1/qualifications/" + id, "/v1/audit")) {
            HttpResponse<String> none = ingest.get(path, null);
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(JSON.readTree(none.body()).get("titleZh").asString()).contains("API 密鑰");
            assertThat(ingest.get(path, "vq_not-a-key").statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void anotherAccountGets404OnEveryPathOfTheQualification() {
        for (String who : List.of("other-applicant", "other-auditor")) {
            String key = ingest.key(who);
            for (String path : List.of("/v1/qualifications/" + id, "/v1/qualifications/" + id + "?reveal=true",
                    "/v1/qualifications/" + id + "/evaluation", "/v1/qualifications/" + id + "/reuse")) {
                HttpResponse<String> response = ingest.get(path, key);
                assertThat(response.statusCode()).as(who + " " + path).isIn(404, 403);
                if (!who.equals("other-auditor") || !path.endsWith("/reuse")) {
                    assertThat(response.statusCode()).as(who + " " + path).isEqualTo(404);
                }
                assertThat(response.body()).doesNotContain("UNDER_REVIEW", "acct-demo");
            }
            Multipart renewal = new Multipart().json("application", application);
            assertThat(ingest.post("/v1/qualifications/" + id + "/renewal", renewal.contentType(), renewal.body(), key,
                    Map.of()).statusCode()).as(who + " renewal").isIn(404, 403);
            assertThat(ingest.get("/v1/qualifications?limit=100", key).body()).as(who + " list").doesNotContain(id);
        }
        // an id that does not exist answers exactly the same
        String nothing = UUID.randomUUID().toString();
        HttpResponse<String> unknown = ingest.get("/v1/qualifications/" + nothing, ingest.key("other-applicant"));
        HttpResponse<String> foreign = ingest.get("/v1/qualifications/" + id, ingest.key("other-applicant"));
        assertThat(foreign.body().replace(id, "?")).isEqualTo(unknown.body().replace(nothing, "?"));
    }

    @Test
    void theDetailIsMaskedAndARevealShowsClearTextToTheOwnerAndIsAudited() {
        HttpResponse<String> masked = ingest.get("/v1/qualifications/" + id);
        assertThat(masked.statusCode()).isEqualTo(200);
        assertThat(masked.body()).doesNotContain(LEGAL_REP, LEGAL_REP_ID, ENTERPRISE).contains("\"masked\":true");

        HttpResponse<String> revealed = ingest.get("/v1/qualifications/" + id + "?reveal=true");
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.body()).contains(LEGAL_REP, LEGAL_REP_ID, ENTERPRISE).contains("\"masked\":false");

        JsonNode trail = JSON.readTree(ingest.get("/v1/audit", ingest.key("auditor")).body());
        assertThat(trail.get("entries")).anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("REVEAL");
            assertThat(e.get("actorName").asString()).isEqualTo("it-applicant");
            assertThat(e.get("qualificationId").asString()).isEqualTo(id);
        });
        assertThat(trail.toString()).as("the trail says who and what, never the values").doesNotContain(LEGAL_REP);
        // another account's auditor sees none of it
        assertThat(ingest.get("/v1/audit", ingest.key("other-auditor")).body()).doesNotContain(id);
    }

    @Test
    void onlyTheOwnerAndReviewersMayReveal() {
        assertThat(ingest.get("/v1/qualifications/" + id + "?reveal=true", ingest.key("auditor")).statusCode()).isEqualTo(403);
        assertThat(ingest.get("/v1/qualifications/" + id + "?reveal=true", ingest.key("operator")).statusCode()).isEqualTo(403);
        assertThat(ingest.get("/v1/qualifications?reveal=true", ingest.key("auditor")).statusCode()).isEqualTo(403);

        HttpResponse<String> reviewer = ingest.get("/v1/qualifications/" + id + "?reveal=true", ingest.key("reviewer"));
        assertThat(reviewer.statusCode()).isEqualTo(200);
        assertThat(reviewer.body()).contains(LEGAL_REP);
        HttpResponse<String> operator = ingest.get("/v1/qualifications/" + id, ingest.key("operator"));
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).doesNotContain(LEGAL_REP);

        JsonNode trail = JSON.readTree(ingest.get("/v1/audit?accountId=" + IngestFixture.ACCOUNT + "&limit=200",
                ingest.key("operator")).body());
        assertThat(trail.get("entries")).anySatisfy(e -> assertThat(e.get("actorName").asString() + ":"
                + e.get("action").asString()).isEqualTo("it-reviewer:REVEAL"));
        assertThat(trail.get("entries")).anySatisfy(e -> assertThat(e.get("actorName").asString() + ":"
                + e.get("action").asString()).isEqualTo("it-operator:READ"));
    }

    @Test
    void theListIsTheAccountsOwnMaskedFilteredAndPaged() {
        submit(application, ingest.key("applicant"), null);
        JsonNode page = JSON.readTree(ingest.get("/v1/qualifications?limit=1&status=UNDER_REVIEW&kind=ORDINARY&name=示例").body());
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("masked").asBoolean()).isTrue();
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("accountId").asString()).isEqualTo(IngestFixture.ACCOUNT);
        assertThat(first.get("enterpriseName").asString()).contains("*").isNotEqualTo(ENTERPRISE);
        assertThat(first.get("legalRepresentativeName").asString()).isEqualTo("张*");
        String next = page.get("next").asString();
        JsonNode second = JSON.readTree(ingest.get("/v1/qualifications?limit=1&status=UNDER_REVIEW&cursor=" + next).body());
        assertThat(second.get("items").get(0).get("id").asString()).isNotEqualTo(first.get("id").asString());

        assertThat(JSON.readTree(ingest.get("/v1/qualifications?name=no-such-name").body()).get("items")).isEmpty();
        assertThat(JSON.readTree(ingest.get("/v1/qualifications?status=APPROVED&name=示例").body()).get("items").toString())
                .doesNotContain(id);
        JsonNode revealed = JSON.readTree(ingest.get("/v1/qualifications?reveal=true&limit=100").body());
        assertThat(revealed.toString()).contains(ENTERPRISE, LEGAL_REP);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingAndAnotherBodyIsRefused() {
        String key = "retry-" + UUID.randomUUID();
        long before = qualifications();
        HttpResponse<String> first = submit(application, ingest.key("applicant"), key);
        HttpResponse<String> retry = submit(application, ingest.key("applicant"), key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(retry.body()).get("id")).isEqualTo(JSON.readTree(first.body()).get("id"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(qualifications()).isEqualTo(before + 1);

        HttpResponse<String> other = submit(application.replace("客服回访与订单通知", "另一个请求"), ingest.key("applicant"), key);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("idempotency-key-reused");
        assertThat(qualifications()).isEqualTo(before + 1);
    }

    @Test
    void reuseHandsTheOwnerTheEnterprisePartInClearAndIsAudited() {
        HttpResponse<String> reuse = ingest.get("/v1/qualifications/" + id + "/reuse");
        assertThat(reuse.statusCode()).isEqualTo(200);
        JsonNode enterprise = JSON.readTree(reuse.body()).get("enterprise");
        assertThat(enterprise.get("name").asString()).isEqualTo(ENTERPRISE);
        assertThat(enterprise.get("creditCode").asString()).isEqualTo("91330106MA27U4KB9J");
        assertThat(ingest.get("/v1/qualifications/" + id + "/reuse", ingest.key("auditor")).statusCode()).isEqualTo(403);
        assertThat(ingest.get("/v1/audit", ingest.key("auditor")).body()).contains("REUSE");
    }

    @Test
    void onlyAnExpiringOrExpiredQualificationOfTheOwnerIsRenewedAndFixedFieldsCannotChange() {
        String old = JSON.readTree(submit(application, ingest.key("applicant"), null).body()).get("id").asString();
        Multipart asIs = new Multipart();
        assertThat(renew(old, asIs).statusCode()).as("still under review").isEqualTo(409);

        expire(old);
        String changed = edit(n -> ((ObjectNode) n.get("enterprise")).put("name", "杭州另一家科技有限公司")
                .put("enterpriseType", "股份有限公司"));
        HttpResponse<String> refused = renew(old, new Multipart().json("application", changed));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("enterprise.name", "enterprise.enterpriseType");

        long before = qualifications();
        String newIdCard = edit(n -> ((ObjectNode) n.get("legalRepresentative")).put("idValidTo", "2045-03-01"));
        HttpResponse<String> renewed = renew(old, new Multipart().json("application", newIdCard));
        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(202);
        String renewal = JSON.readTree(renewed.body()).get("id").asString();
        assertThat(qualifications()).isEqualTo(before + 1);
        // it names the qualification it replaces, and carries every document over
        JsonNode view = JSON.readTree(ingest.get("/v1/qualifications/" + renewal).body());
        JsonNode oldView = JSON.readTree(ingest.get("/v1/qualifications/" + old).body());
        assertThat(view.get("documents")).isEqualTo(oldView.get("documents"));
        String sealed = ingest.jdbi().withHandle(h -> h.createQuery(
                "SELECT sealed_application FROM qualification WHERE id = CAST(:id AS uuid)")
                .bind("id", renewal).mapTo(String.class).one());
        assertThat(JSON.readTree(ingest.cipher().open(sealed)).get("replacesQualificationId").asString()).isEqualTo(old);
        assertThat(ingest.get("/v1/qualifications/" + renewal + "?reveal=true").body()).contains("2045-03-01");

        // another account's applicant cannot renew it: the same 404 as for nothing
        HttpResponse<String> foreign = ingest.post("/v1/qualifications/" + old + "/renewal", asIs.contentType(),
                asIs.body(), ingest.key("other-applicant"), Map.of());
        assertThat(foreign.statusCode()).isEqualTo(404);
    }

    @Test
    void aFormCannotNameAnotherAccountOrReplaceAnotherAccountsQualification() {
        String foreign = JSON.readTree(submit(application.replace("acct-demo", IngestFixture.OTHER_ACCOUNT),
                ingest.key("other-applicant"), null).body()).get("id").asString();
        String replacing = edit(n -> ((ObjectNode) n).put("replacesQualificationId", foreign));
        HttpResponse<String> refused = submit(replacing, ingest.key("applicant"), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("replacesQualificationId").contains("not-found");

        HttpResponse<String> otherAccount = submit(application.replace("acct-demo", IngestFixture.OTHER_ACCOUNT),
                ingest.key("applicant"), null);
        assertThat(otherAccount.statusCode()).isEqualTo(400);
        assertThat(otherAccount.body()).contains("not-your-account");
    }

    @Test
    void theFourHundredFormNeedsAnAccountEnabledForIt() {
        String form400 = edit(n -> ((ObjectNode) n).put("kind", "NUMBER_400").put("accountId", IngestFixture.OTHER_ACCOUNT));
        HttpResponse<String> refused = submit(form400, ingest.key("other-applicant"), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"kind\"").contains("not-enabled");
    }

    @Test
    void operatorsManageAccountsAndKeysAndOthersCannot() {
        String account = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"id\":\"" + account + "\",\"displayName\":\"新客戶\"}";
        assertThat(ingest.send("POST", "/v1/accounts", body, ingest.key("applicant")).statusCode()).isEqualTo(403);
        assertThat(ingest.send("POST", "/v1/accounts", body, ingest.key("operator")).statusCode()).isEqualTo(201);
        HttpResponse<String> enabled = ingest.send("PATCH", "/v1/accounts/" + account, "{\"number400Enabled\":true}",
                ingest.key("operator"));
        assertThat(JSON.readTree(enabled.body()).get("number400Enabled").asBoolean()).isTrue();
        assertThat(ingest.send("POST", "/v1/accounts/" + account + "/keys", "{\"name\":\"x\",\"role\":\"REVIEWER\"}",
                ingest.key("operator")).statusCode()).as("a platform role under an account").isEqualTo(400);

        HttpResponse<String> issued = ingest.send("POST", "/v1/accounts/" + account + "/keys",
                "{\"name\":\"portal\",\"role\":\"APPLICANT\"}", ingest.key("operator"));
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode key = JSON.readTree(issued.body());
        String clear = key.get("key").asString();
        assertThat(ingest.get("/v1/qualifications", clear).statusCode()).isEqualTo(200);
        assertThat(ingest.get("/v1/qualifications", clear).body()).doesNotContain(id);

        // published hashed on the compacted topic, never in clear; a revocation follows it and the key stops working
        assertThat(ingest.send("DELETE", "/v1/keys/" + key.get("keyId").asString(), null, ingest.key("operator"))
                .statusCode()).isEqualTo(204);
        assertThat(ingest.get("/v1/qualifications", clear).statusCode()).isEqualTo(401);
        List<ApiKeyChanged> published = keyEvents(Accounts.hash(clear), 2);
        assertThat(published).extracting(ApiKeyChanged::getRevoked).containsExactly(false, true);
        assertThat(published.get(0).getAccountId()).isEqualTo(account);
        assertThat(published.get(0).toString()).doesNotContain(clear);
    }

    private static List<ApiKeyChanged> keyEvents(String hash, int expected) {
        AvroEventSerde serde = ingest.bean(AvroEventSerde.class);
        List<ApiKeyChanged> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", ingest.bean(org.springframework.core.env.Environment.class)
                        .getProperty("spring.kafka.bootstrap-servers"),
                "group.id", "access-it-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class, "value.deserializer", ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(Topics.API_KEYS.name()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().equals(hash)) {
                        found.add(serde.deserialize(Topics.API_KEYS, r.value()));
                    }
                }
                return found.size() >= expected;
            });
        }
        return found;
    }

    private static void expire(String qualification) {
        ingest.publish(Topics.STATUS_CHANGED, qualification, StatusChanges.of("expiry-worker", qualification,
                IngestFixture.ACCOUNT, QualificationStatus.UNDER_REVIEW, QualificationStatus.EXPIRED)
                .at(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(ingest.get("/v1/qualifications/" + qualification)
                .body()).get("status").asString().equals("EXPIRED"));
    }

    private static HttpResponse<String> renew(String qualification, Multipart parts) {
        return ingest.post("/v1/qualifications/" + qualification + "/renewal", parts.contentType(), parts.body(),
                ingest.key("applicant"), Map.of());
    }

    private static HttpResponse<String> submit(String json, String key, String idempotencyKey) {
        Multipart form = documents().json("application", json);
        return ingest.post("/v1/qualifications", form.contentType(), form.body(), key,
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
    }

    private static Multipart documents() {
        Multipart form = new Multipart();
        try (var files = Files.list(IngestFixture.DOCUMENTS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                form.part(name.substring(0, name.indexOf('.')), name, "image/png", Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return form;
    }

    private static String edit(java.util.function.Consumer<JsonNode> change) {
        JsonNode node = JSON.readTree(application);
        change.accept(node);
        return JSON.writeValueAsString(node);
    }

    private static long qualifications() {
        return ingest.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM qualification").mapTo(Long.class).one());
    }
}
