package org.voicequal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.time.ChinaTime;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Evidence;
import org.voicequal.events.QualificationKind;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.ReadAgreement;
import org.voicequal.events.Reason;
import org.voicequal.events.ReviewDecided;
import org.voicequal.events.ReviewDecision;
import org.voicequal.events.ReviewRoute;
import org.voicequal.events.SubmissionEvaluated;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.KafkaFixture;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.pipeline.blob.FileSystemBlobStore;
import org.voicequal.review.api.ReviewerKeys;
import org.voicequal.schemas.Topic;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * review-worker as it runs: its own jar's application on real PostgreSQL (with its migrations), the Kafka
 * test fixture and Apicurio Registry. Evaluations arrive on Kafka; reviewers use the HTTP API with their keys;
 * decisions leave on Kafka through the outbox. The worker's clock stands still at {@link #NOW}, a Friday in
 * China, so that "overdue" is a fact of the data, not of when the test runs.
 */
class ReviewApiIT {

    /** Friday 2026-10-09 10:00 in China; the next day is a make-up working day (調休). */
    private static final Instant NOW = china("2026-10-09T10:00");
    private static final String ALICE = "alice-" + UUID.randomUUID();
    private static final String BOB = "bob-" + UUID.randomUUID();
    private static final String ID_NUMBER = "110101199003071234";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LocalPostgres postgres;
    private static KafkaFixture kafka;
    private static ApicurioRegistry registry;
    private static ConfigurableApplicationContext app;
    private static KafkaProducer<String, byte[]> producer;
    private static String base;
    private static Jdbi jdbi;
    private static AvroEventSerde serde;
    private static PersonalDataCipher cipher;
    private static BlobStore blobs;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createTempDirectory("review-it");
        postgres = LocalPostgres.start(null);
        kafka = KafkaFixture.start();
        registry = ApicurioRegistry.start(null, work.resolve("registry.log"));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        cipher = new PersonalDataCipher(key);
        blobs = new FileSystemBlobStore(work.resolve("blobs"), cipher);
        app = ReviewWorker.application()
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", Clock.fixed(NOW, ChinaTime.ZONE)))
                .run("--server.port=0", "--server.address=127.0.0.1", "--management.server.port=0",
                        "--spring.datasource.url=" + postgres.jdbcUrl(),
                        "--spring.datasource.username=" + postgres.username(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        "--pipeline.schema-registry-url=" + registry.confluentCompatibleUrl(),
                        "--pipeline.personal-data-key=" + Base64.getEncoder().encodeToString(key),
                        "--pipeline.blob-store.root=" + work.resolve("blobs"),
                        "--pipeline.outbox.poll-interval=100ms",
                        "--review.reviewers[0].name=alice", "--review.reviewers[0].key-hash=" + ReviewerKeys.hash(ALICE),
                        "--review.reviewers[1].name=bob", "--review.reviewers[1].key-hash=" + ReviewerKeys.hash(BOB),
                        "--spring.main.banner-mode=off");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/v1/review-tasks";
        jdbi = app.getBean(Jdbi.class);
        serde = app.getBean(AvroEventSerde.class);
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stop() throws Exception {
        if (producer != null) {
            producer.close();
        }
        if (app != null) {
            app.close();
        }
        registry.close();
        kafka.close();
        postgres.close();
    }

    // ---------------------------------------------------------------- routing

    @Test
    void anUnverifiedEvaluationWaitsForAPersonOneWorkingDayAndTheApplicantIsToldWhy() {
        // Given an evaluation on Friday 09:00 whose ID number OCR could not confirm
        String id = queueTask(china("2026-10-09T09:00"), QualificationKind.ORDINARY);

        // Then it is a task due on the make-up Saturday at 09:00, holding every check of the evaluation
        Map<String, Object> task = jdbi.withHandle(h -> h.createQuery("""
                        SELECT due_at, due_provisional, kind, jsonb_array_length(checks) AS checks FROM review_task
                        WHERE qualification_id = :id""").bind("id", id).mapToMap().one());
        assertThat(((java.sql.Timestamp) task.get("due_at")).toInstant()).isEqualTo(china("2026-10-10T09:00"));
        assertThat(task).containsEntry("due_provisional", false).containsEntry("kind", "ORDINARY").containsEntry("checks", 3);

        // And the applicant's status stays UNDER_REVIEW, now with the reason it waits for a person
        QualificationStatusChanged waiting = single(Topics.STATUS_CHANGED, id);
        assertThat(waiting.getPreviousStatus()).isEqualTo(QualificationStatus.UNDER_REVIEW);
        assertThat(waiting.getStatus()).isEqualTo(QualificationStatus.UNDER_REVIEW);
        assertThat(waiting.getSource()).isEqualTo("review-worker");
        assertThat(waiting.getReasons()).extracting(Reason::getCode).containsExactly("OCR_CONFIRMS");
        assertThat(waiting.getReasons().get(0).getMessageEn()).isEqualTo("OCR could not confirm the legal representative's ID number");
        assertThat(waiting.toString()).doesNotContain(ID_NUMBER);
        ReviewDecided routed = single(Topics.REVIEW_DECIDED, id);
        assertThat(routed.getRoute()).isEqualTo(ReviewRoute.HUMAN);
        assertThat(routed.getDecision()).isEqualTo(ReviewDecision.PENDING_HUMAN_REVIEW);
    }

    @Test
    void aCleanEvaluationIsApprovedAtOnceWithItsWarningAndAFailedOneRejectedEachRecordingItsGrounds() {
        String clean = UUID.randomUUID().toString();
        publish(evaluation(clean, NOW, QualificationKind.ORDINARY, List.of(pass("ENTERPRISE_TYPE_ALLOWED"),
                warning("ADMIN_ID_VALIDITY")), List.of()));
        String failed = UUID.randomUUID().toString();
        publish(evaluation(failed, NOW, QualificationKind.ORDINARY, List.of(pass("ENTERPRISE_TYPE_ALLOWED"),
                check("ENTERPRISE_TYPE_ALLOWED", CheckOutcome.FAIL), unverifiedIdNumber()), List.of()));

        QualificationStatusChanged approved = single(Topics.STATUS_CHANGED, clean);
        assertThat(approved.getStatus()).isEqualTo(QualificationStatus.APPROVED);
        assertThat(approved.getReasons()).extracting(Reason::getCode).containsExactly("ADMIN_ID_VALIDITY");
        QualificationStatusChanged rejected = single(Topics.STATUS_CHANGED, failed);
        assertThat(rejected.getStatus()).isEqualTo(QualificationStatus.REJECTED);
        assertThat(rejected.getReasons()).extracting(Reason::getCode).containsExactly("ENTERPRISE_TYPE_ALLOWED");

        assertThat(groundsOf(clean)).containsExactly("ENTERPRISE_TYPE_ALLOWED:PASS", "ADMIN_ID_VALIDITY:PASS");
        assertThat(groundsOf(failed)).containsExactly("ENTERPRISE_TYPE_ALLOWED:FAIL");
        int tasks = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM review_task WHERE qualification_id IN (:a, :b)")
                .bind("a", clean).bind("b", failed).mapTo(Integer.class).one());
        assertThat(tasks).isZero();
    }

    private static List<String> groundsOf(String id) {
        String checks = jdbi.withHandle(h -> h.createQuery("SELECT checks::text FROM review_decision WHERE qualification_id = :id")
                .bind("id", id).mapTo(String.class).one());
        JsonNode node = JSON.readTree(checks);
        List<String> grounds = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            grounds.add(node.get(i).get("rule").asString() + ":" + node.get(i).get("outcome").asString());
        }
        return grounds;
    }

    // ---------------------------------------------------------------- roles

    @Test
    void withoutAReviewersKeyEveryEndpointAnswers401() {
        String id = queueTask(NOW, QualificationKind.ORDINARY);
        List<String[]> endpoints = List.of(new String[] {"GET", ""}, new String[] {"GET", "/" + id},
                new String[] {"GET", "/" + id + "?reveal=true"}, new String[] {"GET", "/" + id + "/documents/BUSINESS_LICENCE"},
                new String[] {"POST", "/" + id + "/claim"}, new String[] {"POST", "/" + id + "/release"},
                new String[] {"POST", "/" + id + "/decision"});
        for (String[] endpoint : endpoints) {
            for (String key : new String[] {null, "", "not-a-reviewers-key", ReviewerKeys.hash(ALICE)}) {
                Response response = call(endpoint[0], endpoint[1], key, "{\"decision\":\"APPROVE\"}");
                assertThat(response.status()).as("%s %s with key %s", endpoint[0], endpoint[1], key).isEqualTo(401);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.json().get("titleZh").asString()).isNotBlank();
            }
        }
        assertThat(claimedBy(id)).as("nothing was claimed").isNull();
        assertThat(audit(id)).as("no reviewer, nothing to attribute").isEmpty();
    }

    @Test
    void aReviewerKeyIssuedByIngestIsLetInUntilItIsRevokedAndOtherRolesNever() {
        String carol = "carol-" + UUID.randomUUID();
        String applicant = "applicant-" + UUID.randomUUID();
        Instant issuedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        publishKey(carol, "carol", "REVIEWER", null, false, issuedAt);
        publishKey(applicant, "portal", "APPLICANT", "acct-1", false, issuedAt);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> call("GET", "", carol, null).status() == 200);
        assertThat(call("GET", "", applicant, null).status()).as("an applicant's key is no reviewer's").isEqualTo(401);

        publishKey(carol, "carol", "REVIEWER", null, true, issuedAt.plusSeconds(1));
        // a late redelivery of the issue does not revive it
        publishKey(carol, "carol", "REVIEWER", null, false, issuedAt);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> call("GET", "", carol, null).status() == 401);
        boolean revoked = jdbi.withHandle(h -> h.createQuery("SELECT revoked FROM issued_key WHERE key_hash = :h")
                .bind("h", ReviewerKeys.hash(carol)).mapTo(Boolean.class).one());
        assertThat(revoked).isTrue();
    }

    private static void publishKey(String key, String name, String role, String account, boolean revoked, Instant at) {
        String hash = ReviewerKeys.hash(key);
        org.voicequal.events.ApiKeyChanged change = org.voicequal.events.ApiKeyChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setKeyHash(hash).setKeyId("key-" + hash.substring(0, 12))
                .setName(name).setRole(role).setAccountId(account).setRevoked(revoked).setChangedAt(at).build();
        try {
            producer.send(new ProducerRecord<>(Topics.API_KEYS.name(), hash, serde.serialize(Topics.API_KEYS, change))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- claims and decisions

    @Test
    void twoReviewersClaimingAtOnceExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String id = queueTask(NOW, QualificationKind.ORDINARY);
                CountDownLatch go = new CountDownLatch(1);
                Future<Response> alice = pool.submit(() -> {
                    go.await();
                    return call("POST", "/" + id + "/claim", ALICE, null);
                });
                Future<Response> bob = pool.submit(() -> {
                    go.await();
                    return call("POST", "/" + id + "/claim", BOB, null);
                });
                go.countDown();
                List<Response> both = List.of(alice.get(), bob.get());
                assertThat(both).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
                Response won = both.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
                Response lost = both.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
                assertThat(claimedBy(id)).isEqualTo(won.json().get("claimedBy").asString());
                assertThat(lost.json().get("code").asString()).isEqualTo("claimed-by-another");
                assertThat(audit(id)).containsExactlyInAnyOrder(won.json().get("claimedBy").asString() + ":CLAIM:DONE",
                        (won == both.get(0) ? "bob" : "alice") + ":CLAIM:REFUSED");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheHolderDecidesAndADecidedTaskIsNeverDecidedAgain() {
        String id = queueTask(NOW, QualificationKind.ORDINARY);
        String reject = """
                {"decision":"REJECT","reasons":["SEAL_MISSING","OCR_CONFIRMS"],"comment":"請上傳加蓋公章的身份證複印件"}""";

        assertThat(call("POST", "/" + id + "/decision", ALICE, reject).conflict()).as("unclaimed").isEqualTo("not-claimed-by-you");
        assertThat(call("POST", "/" + id + "/claim", BOB, null).status()).isEqualTo(200);
        assertThat(call("POST", "/" + id + "/claim", BOB, null).status()).as("claiming again is harmless").isEqualTo(200);
        assertThat(call("POST", "/" + id + "/decision", ALICE, reject).conflict()).isEqualTo("claimed-by-another");
        assertThat(call("POST", "/" + id + "/release", ALICE, null).conflict()).isEqualTo("claimed-by-another");

        Response noReason = call("POST", "/" + id + "/decision", BOB, "{\"decision\":\"REJECT\",\"reasons\":[]}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reasons");
        Response unknown = call("POST", "/" + id + "/decision", BOB, "{\"decision\":\"REJECT\",\"reasons\":[\"NOPE\"]}");
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("reasons[0]");
        assertThat(unknown.json().get("errors").get(0).get("messageZh").asString()).isNotBlank();
        assertThat(call("POST", "/" + id + "/decision", BOB, "{\"decision\":\"MAYBE\"}").status()).isEqualTo(400);
        assertThat(call("POST", "/" + id + "/decision", BOB, "{not json").status()).isEqualTo(400);

        Response decided = call("POST", "/" + id + "/decision", BOB, reject);
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("decision").get("decision").asString()).isEqualTo("REJECTED");
        assertThat(decided.json().get("decision").get("decidedBy").asString()).isEqualTo("bob");

        assertThat(call("POST", "/" + id + "/decision", BOB, "{\"decision\":\"APPROVE\"}").conflict()).isEqualTo("already-decided");
        assertThat(call("POST", "/" + id + "/decision", BOB, reject).conflict()).isEqualTo("already-decided");
        assertThat(call("POST", "/" + id + "/release", BOB, null).conflict()).isEqualTo("already-decided");
        assertThat(call("POST", "/" + id + "/claim", ALICE, null).conflict()).isEqualTo("already-decided");

        // the one decision leaves as ReviewDecided (HUMAN) and as the status the applicant is emailed about
        await().atMost(Duration.ofSeconds(30)).until(() -> events(Topics.STATUS_CHANGED, id).size() == 2);
        QualificationStatusChanged status = events(Topics.STATUS_CHANGED, id).get(1);
        assertThat(status.getPreviousStatus()).isEqualTo(QualificationStatus.UNDER_REVIEW);
        assertThat(status.getStatus()).isEqualTo(QualificationStatus.REJECTED);
        assertThat(status.getReasons()).extracting(Reason::getCode)
                .containsExactly("SEAL_MISSING", "OCR_CONFIRMS", "REVIEWER_COMMENT");
        assertThat(status.getReasons().get(2).getMessageZh()).isEqualTo("請上傳加蓋公章的身份證複印件");
        assertThat(status.getOccurredAt()).isEqualTo(NOW);
        List<ReviewDecided> decisions = events(Topics.REVIEW_DECIDED, id);
        assertThat(decisions).extracting(d -> d.getRoute() + ":" + d.getDecision())
                .containsExactly("HUMAN:PENDING_HUMAN_REVIEW", "HUMAN:REJECTED");
        assertThat(decisions.get(1).getReasons()).extracting(Reason::getCode)
                .containsExactly("SEAL_MISSING", "OCR_CONFIRMS", "REVIEWER_COMMENT");

        assertThat(audit(id)).filteredOn(a -> a.startsWith("bob:DECIDE"))
                .as("the malformed requests never reached a task").containsExactly("bob:DECIDE:REFUSED", "bob:DECIDE:REFUSED",
                        "bob:DECIDE:DONE", "bob:DECIDE:REFUSED", "bob:DECIDE:REFUSED");
        assertThat(auditDetails(id)).as("the comment's text is not audited").noneMatch(d -> d.contains("公章"));
    }

    @Test
    void twoDecisionsByTheHolderAtOnceDecideOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                String id = queueTask(NOW, QualificationKind.NUMBER_400);
                assertThat(call("POST", "/" + id + "/claim", ALICE, null).status()).isEqualTo(200);
                CountDownLatch go = new CountDownLatch(1);
                Future<Response> approve = pool.submit(() -> {
                    go.await();
                    return call("POST", "/" + id + "/decision", ALICE, "{\"decision\":\"APPROVE\"}");
                });
                Future<Response> reject = pool.submit(() -> {
                    go.await();
                    return call("POST", "/" + id + "/decision", ALICE, "{\"decision\":\"REJECT\",\"reasons\":[\"OTHER\"],"
                            + "\"comment\":\"重複提交\"}");
                });
                go.countDown();
                assertThat(List.of(approve.get().status(), reject.get().status())).containsExactlyInAnyOrder(200, 409);
                await().atMost(Duration.ofSeconds(30)).until(() -> events(Topics.REVIEW_DECIDED, id).size() == 2);
                assertThat(events(Topics.REVIEW_DECIDED, id)).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReviewersApprovalCarriesTheEvaluationsWarnings() {
        String id = UUID.randomUUID().toString();
        publish(evaluation(id, NOW, QualificationKind.ORDINARY, List.of(unverifiedIdNumber(), warning("ADMIN_ID_VALIDITY")),
                List.of()));
        awaitTask(id);
        assertThat(call("POST", "/" + id + "/claim", ALICE, null).status()).isEqualTo(200);
        Response approved = call("POST", "/" + id + "/decision", ALICE, "{\"decision\":\"APPROVE\",\"comment\":\"核對無誤\"}");
        assertThat(approved.status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> events(Topics.STATUS_CHANGED, id).size() == 2);
        QualificationStatusChanged status = events(Topics.STATUS_CHANGED, id).get(1);
        assertThat(status.getStatus()).isEqualTo(QualificationStatus.APPROVED);
        assertThat(status.getReasons()).extracting(Reason::getCode).containsExactly("ADMIN_ID_VALIDITY", "REVIEWER_COMMENT");
    }

    // ---------------------------------------------------------------- reading tasks

    @Test
    void aTaskIsShownMaskedWithEveryCheckAndARevealIsAudited() {
        String id = queueTask(NOW, QualificationKind.ORDINARY);

        Response masked = call("GET", "/" + id, ALICE, null);
        assertThat(masked.status()).isEqualTo(200);
        JsonNode detail = masked.json();
        assertThat(detail.get("masked").asBoolean()).isTrue();
        assertThat(detail.get("checks").size()).as("passes too").isEqualTo(3);
        JsonNode evidence = detail.get("checks").get(0).get("evidence").get(0);
        assertThat(evidence.get("submitted").asString()).isEqualTo("110***********1234");
        assertThat(evidence.get("read").asString()).isEqualTo("110***********1284");
        assertThat(evidence.get("agreement").asString()).isEqualTo("DISAGREE");
        assertThat(masked.body()).doesNotContain(ID_NUMBER).doesNotContain("pd1:");
        assertThat(detail.get("documents").get(0).get("href").asString())
                .isEqualTo("/v1/review-tasks/" + id + "/documents/LEGAL_REP_ID_FRONT");
        assertThat(detail.get("dueAt").asString()).isEqualTo("2026-10-10T10:00:00+08:00");
        assertThat(detail.get("reasonCatalogue").findValuesAsString("code")).contains("OCR_CONFIRMS", "SEAL_MISSING", "OTHER");

        Response revealed = call("GET", "/" + id + "?reveal=true", ALICE, null);
        assertThat(revealed.json().get("masked").asBoolean()).isFalse();
        assertThat(revealed.json().get("checks").get(0).get("evidence").get(0).get("submitted").asString()).isEqualTo(ID_NUMBER);

        assertThat(audit(id)).containsExactly("alice:VIEW:DONE", "alice:REVEAL:DONE");
        assertThat(auditDetails(id)).noneMatch(d -> d.contains(ID_NUMBER));
    }

    @Test
    void aDocumentImageIsStreamedFromTheStoreAndAudited() {
        byte[] image = ("\u0089PNG fake image " + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        BlobStore.StoredBlob stored = blobs.put(image);
        String id = UUID.randomUUID().toString();
        publish(evaluation(id, NOW, QualificationKind.ORDINARY, List.of(unverifiedIdNumber()), List.of(
                new DocumentRef(DocumentType.LEGAL_REP_ID_FRONT, stored.key(), stored.sha256(), "image/png", (long) image.length))));
        awaitTask(id);

        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/documents/legal-rep-id-front"))
                .header("X-Api-Key", BOB).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(image);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");

        assertThat(call("GET", "/" + id + "/documents/ADMIN_ID_BACK", BOB, null).status()).isEqualTo(404);
        assertThat(audit(id)).containsExactly("bob:DOCUMENT:DONE", "bob:DOCUMENT:NOT_FOUND");
    }

    @Test
    void theQueueIsOldestDeadlineFirstAndFiltersByOverdueClaimAndKind() {
        // due Thu 10-08 16:00 (past 國慶), Fri 10-09 08:00, Sat 10-10 09:00 (調休), and in 2027 (provisional)
        String pastHoliday = queueTask(china("2026-09-30T16:00"), QualificationKind.ORDINARY);
        String dueThisMorning = queueTask(china("2026-10-08T08:00"), QualificationKind.ORDINARY);
        String dueSaturday = queueTask(china("2026-10-09T09:00"), QualificationKind.NUMBER_400);
        String dueIn2027 = queueTask(china("2026-12-31T10:00"), QualificationKind.ORDINARY);
        List<String> mine = List.of(pastHoliday, dueThisMorning, dueSaturday, dueIn2027);

        List<JsonNode> all = listAll("", ALICE);
        assertThat(all.stream().map(t -> t.get("qualificationId").asString()).filter(mine::contains)).containsExactlyElementsOf(mine);
        assertThat(all).extracting(t -> Instant.from(java.time.OffsetDateTime.parse(t.get("dueAt").asString()))).isSorted();
        JsonNode first = item(all, pastHoliday);
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(first.get("provisional").asBoolean()).isFalse();
        assertThat(first.get("unverified").asInt()).isEqualTo(1);
        assertThat(first.get("warnings").asInt()).isEqualTo(1);
        assertThat(first.get("kind").asString()).isEqualTo("ORDINARY");
        assertThat(item(all, dueIn2027).get("provisional").asBoolean()).isTrue();
        assertThat(item(all, dueIn2027).get("dueAt").asString()).isEqualTo("2027-01-01T10:00:00+08:00");

        assertThat(ids(listAll("&overdue=true", ALICE))).contains(pastHoliday, dueThisMorning).doesNotContain(dueSaturday, dueIn2027);
        assertThat(ids(listAll("&overdue=false", ALICE))).contains(dueSaturday, dueIn2027).doesNotContain(pastHoliday, dueThisMorning);
        List<JsonNode> kind400 = listAll("&kind=NUMBER_400", ALICE);
        assertThat(ids(kind400)).contains(dueSaturday).doesNotContain(pastHoliday, dueThisMorning, dueIn2027);
        assertThat(kind400).allSatisfy(t -> assertThat(t.get("kind").asString()).isEqualTo("NUMBER_400"));

        assertThat(call("POST", "/" + dueThisMorning + "/claim", ALICE, null).status()).isEqualTo(200);
        assertThat(ids(listAll("&claimed=true", BOB))).contains(dueThisMorning).doesNotContain(pastHoliday);
        assertThat(ids(listAll("&claimed=false", BOB))).contains(pastHoliday).doesNotContain(dueThisMorning);
        assertThat(ids(listAll("&claimedBy=me", ALICE))).contains(dueThisMorning).doesNotContain(pastHoliday);
        assertThat(ids(listAll("&claimedBy=me", BOB))).doesNotContain(dueThisMorning);
        assertThat(item(listAll("", BOB), dueThisMorning).get("claimedBy").asString()).isEqualTo("alice");

        assertThat(call("POST", "/" + dueThisMorning + "/decision", ALICE, "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        assertThat(ids(listAll("", ALICE))).as("the queue holds open tasks").doesNotContain(dueThisMorning);
        JsonNode decided = item(listAll("&decided=true", ALICE), dueThisMorning);
        assertThat(decided.get("overdue").asBoolean()).as("a decided task is never overdue").isFalse();
        assertThat(decided.get("decision").get("decision").asString()).isEqualTo("APPROVED");

        for (String bad : List.of("?limit=101", "?limit=0", "?cursor=nonsense", "?kind=FOO", "?overdue=maybe", "?limit=x")) {
            Response refused = call("GET", bad, ALICE, null);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).as(bad)
                    .isEqualTo(bad.substring(1, bad.indexOf('=')));
        }
        int listings = jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM review_audit WHERE action = 'LIST' AND reviewer = 'alice'").mapTo(Integer.class).one());
        assertThat(listings).isGreaterThan(5);
    }

    @Test
    void operatorsSeeTheQueueOpenOverdueAndClaimedAsGauges() {
        MeterRegistry meters = app.getBean(MeterRegistry.class);
        double open = gauge(meters, "review.tasks.open");
        double overdue = gauge(meters, "review.tasks.overdue");
        double claimed = gauge(meters, "review.tasks.claimed");

        // Given one task past its deadline, one not yet due, and the second claimed
        queueTask(china("2026-09-30T16:00"), QualificationKind.ORDINARY);
        String later = queueTask(china("2026-12-31T10:00"), QualificationKind.ORDINARY);
        assertThat(call("POST", "/" + later + "/claim", BOB, null).status()).isEqualTo(200);

        // Then the gauges move by exactly those (they read the table at most once a second)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(gauge(meters, "review.tasks.open")).isEqualTo(open + 2);
            assertThat(gauge(meters, "review.tasks.overdue")).isEqualTo(overdue + 1);
            assertThat(gauge(meters, "review.tasks.claimed")).isEqualTo(claimed + 1);
        });
    }

    private static double gauge(MeterRegistry meters, String name) {
        return meters.get(name).gauge().value();
    }

    @Test
    void aProvisionalDeadlineIsComputedAgainOnceTheCalendarKnowsItsYear() {
        // Given a task stored by a release whose calendar did not know 2026 yet (weekends only: due Thu Oct 1)
        String stale = queueTask(china("2026-09-30T16:00"), QualificationKind.ORDINARY);
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE review_task SET due_at = :due, due_provisional = true WHERE qualification_id = :id""")
                .bind("due", china("2026-10-01T16:00")).bind("id", stale).execute());
        String stillUnknown = queueTask(china("2026-12-31T10:00"), QualificationKind.ORDINARY);

        // When review-worker starts with this calendar
        app.getBean(org.voicequal.review.task.ProvisionalDeadlines.class).recompute();

        // Then the known year settles the first, past 國慶; the second stays provisional
        Map<String, Object> settled = jdbi.withHandle(h -> h.createQuery(
                "SELECT due_at, due_provisional FROM review_task WHERE qualification_id = :id").bind("id", stale).mapToMap().one());
        assertThat(((java.sql.Timestamp) settled.get("due_at")).toInstant()).isEqualTo(china("2026-10-08T16:00"));
        assertThat(settled).containsEntry("due_provisional", false);
        boolean provisional = jdbi.withHandle(h -> h.createQuery(
                "SELECT due_provisional FROM review_task WHERE qualification_id = :id").bind("id", stillUnknown)
                .mapTo(Boolean.class).one());
        assertThat(provisional).isTrue();
    }

    @Test
    void anUnknownTaskIsNotFound() {
        for (String[] endpoint : List.of(new String[] {"GET", "/nope"}, new String[] {"POST", "/nope/claim"},
                new String[] {"POST", "/nope/release"}, new String[] {"POST", "/nope/decision"},
                new String[] {"GET", "/nope/documents/BUSINESS_LICENCE"})) {
            Response response = call(endpoint[0], endpoint[1], ALICE, "{\"decision\":\"APPROVE\"}");
            assertThat(response.status()).as(endpoint[1]).isEqualTo(404);
            assertThat(response.json().get("titleZh").asString()).isNotBlank();
        }
        assertThat(audit("nope")).allMatch(a -> a.endsWith(":NOT_FOUND")).hasSize(5);
    }

    // ---------------------------------------------------------------- helpers

    private static Instant china(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ChinaTime.ZONE).toInstant();
    }

    private static CheckResult check(String rule, CheckOutcome outcome) {
        return CheckResult.newBuilder().setRule(rule).setOutcome(outcome).setFields(List.of("enterprise.enterpriseType"))
                .setMessageZh(rule + " " + outcome).setMessageEn(rule + " " + outcome).build();
    }

    private static CheckResult pass(String rule) {
        return check(rule, CheckOutcome.PASS);
    }

    private static CheckResult warning(String rule) {
        return CheckResult.newBuilder(check(rule, CheckOutcome.PASS)).setWarning(true)
                .setMessageEn("the administrator's ID ends within 7 days").build();
    }

    /** OCR read another number than the form's, and the read is not confirmed: a person decides. */
    private static CheckResult unverifiedIdNumber() {
        return CheckResult.newBuilder().setRule("OCR_CONFIRMS").setOutcome(CheckOutcome.UNVERIFIED)
                .setFields(List.of("legalRepresentative.idNumber")).setMessageZh("未能確認法人身份證號碼")
                .setMessageEn("OCR could not confirm the legal representative's ID number")
                .setEvidence(List.of(Evidence.newBuilder().setField("legalRepresentative.idNumber")
                        .setDocument(DocumentType.LEGAL_REP_ID_FRONT).setReadField("idNumber")
                        .setSealedSubmitted(cipher.seal(ID_NUMBER)).setSealedRead(cipher.seal("110101199003071284"))
                        .setEngines(List.of("pp-ocr", "tesseract")).setConfidence(0.62).setAgreement(ReadAgreement.DISAGREE)
                        .setConfirmed(false).build()))
                .build();
    }

    private static SubmissionEvaluated evaluation(String id, Instant evaluatedAt, QualificationKind kind,
            List<CheckResult> checks, List<DocumentRef> documents) {
        return SubmissionEvaluated.newBuilder().setEventId(UUID.randomUUID().toString()).setQualificationId(id)
                .setAccountId("account-" + id.substring(0, 8)).setEvaluatedAt(evaluatedAt).setChecks(checks)
                .setKind(kind).setQualificationName("語音通知資質").setDocuments(documents).build();
    }

    /** A task with an unverified ID number, a pass and a pass with a warning, and an ID image. */
    private static String queueTask(Instant evaluatedAt, QualificationKind kind) {
        String id = UUID.randomUUID().toString();
        publish(evaluation(id, evaluatedAt, kind, List.of(unverifiedIdNumber(), pass("ENTERPRISE_TYPE_ALLOWED"),
                warning("ADMIN_ID_VALIDITY")), List.of(new DocumentRef(DocumentType.LEGAL_REP_ID_FRONT,
                "sha256/" + "0".repeat(64), "0".repeat(64), "image/jpeg", 1L))));
        awaitTask(id);
        return id;
    }

    private static void publish(SubmissionEvaluated evaluation) {
        try {
            producer.send(new ProducerRecord<>(Topics.SUBMISSION_EVALUATED.name(), evaluation.getQualificationId(),
                    serde.serialize(Topics.SUBMISSION_EVALUATED, evaluation))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTask(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> jdbi.withHandle(h -> h
                .createQuery("SELECT count(*) FROM review_task WHERE qualification_id = :id").bind("id", id)
                .mapTo(Integer.class).one()) == 1);
    }

    private static String claimedBy(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT claimed_by FROM review_task WHERE qualification_id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    /** reviewer:action:outcome, in the order recorded. */
    private static List<String> audit(String id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT reviewer || ':' || action || ':' || outcome FROM review_audit
                        WHERE qualification_id = :id ORDER BY id""").bind("id", id).mapTo(String.class).list());
    }

    private static List<String> auditDetails(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT detail::text FROM review_audit WHERE qualification_id = :id")
                .bind("id", id).mapTo(String.class).list());
    }

    /** Every event on {@code topic} for one qualification, in order. */
    private static <V extends SpecificRecord> List<V> events(Topic<V> topic, String key) {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        List<V> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        events.add(serde.deserialize(topic, record.value()));
                    }
                }
            }
        }
        return events;
    }

    private static <V extends SpecificRecord> V single(Topic<V> topic, String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !events(topic, key).isEmpty());
        List<V> events = events(topic, key);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static List<JsonNode> listAll(String filters, String key) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            Response page = call("GET", "?limit=3" + filters + (cursor == null ? "" : "&cursor=" + cursor), key, null);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonNode list = page.json().get("items");
            assertThat(list.size()).isLessThanOrEqualTo(3);
            for (int i = 0; i < list.size(); i++) {
                items.add(list.get(i));
            }
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
        } while (cursor != null);
        return items;
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(t -> t.get("qualificationId").asString()).toList();
    }

    private static JsonNode item(List<JsonNode> items, String id) {
        return items.stream().filter(t -> t.get("qualificationId").asString().equals(id)).findFirst().orElseThrow();
    }

    record Response(int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The conflict's code of a 409, or the status when it is not one. */
        String conflict() {
            return status == 409 ? json().get("code").asString() : "status " + status + ": " + body;
        }
    }

    private static Response call(String method, String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
