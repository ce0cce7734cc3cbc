package org.voicequal.ingest.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.env.Environment;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentType;
import org.voicequal.events.ReadAgreement;
import org.voicequal.events.RecognitionCompleted;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognitionRequested;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.ingest.IngestFixture;
import org.voicequal.localinfra.Multipart;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/recognitions} on the running service, with the test playing ocr-worker's part on the real
 * topics (the real OCR round trip is local-launcher's {@code RecognitionRoundTripIT}): an answer reaches the
 * waiting request in clear; an answer stored by another instance wakes it too; no answer in time tells the
 * portal to fill the form by hand, and the late answer can still be fetched; refused images store nothing.
 */
@ExtendWith(IngestFixture.Shared.class)
class RecognitionIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CREDIT_CODE = "91330106MA27U4KB9J";
    private static final String ID_NUMBER = "330102199208080026";

    private static IngestFixture ingest;
    private static PersonalDataCipher cipher;
    private static byte[] licence;
    private static byte[] idFront;
    private static byte[] idBack;

    @BeforeAll
    static void connect(IngestFixture fixture) throws IOException {
        ingest = fixture;
        cipher = fixture.cipher();
        licence = Files.readAllBytes(IngestFixture.DOCUMENTS.resolve("BUSINESS_LICENCE.png"));
        idFront = Files.readAllBytes(IngestFixture.DOCUMENTS.resolve("ADMIN_ID_FRONT.png"));
        idBack = Files.readAllBytes(IngestFixture.DOCUMENTS.resolve("LEGAL_REP_ID_BACK.png"));
        // registering a new schema takes Apicurio seconds on a busy machine, once: not what the tests time
        AvroEventSerde serde = fixture.bean(AvroEventSerde.class);
        RecognitionRequested request = RecognitionRequested.newBuilder().setEventId("warm-up").setRequestId("warm-up")
                .setDocument(new DocumentRef(DocumentType.OTHER, "sha256/0", "0", "image/png", 1L))
                .setRequestedAt(Instant.now()).build();
        serde.serialize(Topics.RECOGNITION_REQUESTED, request);
        serde.serialize(Topics.RECOGNITION_COMPLETED, completed(request, RecognitionOutcome.NOTHING_READ));
    }

    @Test
    void anAnswerInTimeIsReturnedInClearWithConfidenceAndAgreement() throws Exception {
        // Given a portal that posts a licence, and an OCR worker that answers
        CompletableFuture<HttpResponse<String>> posted = post("BUSINESS_LICENCE", licence);
        RecognitionRequested request = requested(licence);
        assertThat(request.getDocument().getType().name()).isEqualTo("BUSINESS_LICENCE");
        assertThat(ingest.bean(BlobStore.class).get(request.getDocument().getBlobKey())).isEqualTo(licence);
        assertThat(request.getAccountId()).as("the applicant's account, from its key").isEqualTo(IngestFixture.ACCOUNT);

        ingest.publish(Topics.RECOGNITION_COMPLETED, request.getRequestId(), completed(request, RecognitionOutcome.READ,
                field("creditCode", CREDIT_CODE, 0.98, ReadAgreement.BOTH_AGREE, true),
                field("enterpriseName", "杭州示例科技有限公司", 0.71, ReadAgreement.DISAGREE, false),
                field("address", null, 0.0, ReadAgreement.UNREAD, false)));

        // Then the waiting request answers at once, values in clear (the caller's own document)
        HttpResponse<String> response = posted.get();
        assertThat(response.statusCode()).isEqualTo(200); // 202 after the timeout
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("id").asString()).isEqualTo(request.getRequestId());
        assertThat(body.get("status").asString()).isEqualTo("READ");
        assertThat(body.get("fillByHand").isNull()).isTrue();
        JsonNode code = field(body, "creditCode");
        assertThat(code.get("value").asString()).isEqualTo(CREDIT_CODE);
        assertThat(code.get("confidence").asDouble()).isEqualTo(0.98);
        assertThat(code.get("enginesAgree").asBoolean()).isTrue();
        assertThat(code.get("confirmed").asBoolean()).isTrue();
        assertThat(field(body, "enterpriseName").get("enginesAgree").asBoolean()).isFalse();
        assertThat(field(body, "address").get("value").isNull()).isTrue();
        // and at rest the value is sealed
        String stored = ingest.jdbi().withHandle(h -> h.createQuery("SELECT fields::text FROM recognition WHERE request_id = :id")
                .bind("id", UUID.fromString(request.getRequestId())).mapTo(String.class).one());
        assertThat(stored).doesNotContain(CREDIT_CODE).contains("pd1:");
    }

    @Test
    void withoutAnAnswerInTimeThePortalIsToldToFillByHandAndCanFetchTheReadingLater() throws Exception {
        // Given no OCR worker answering
        long start = System.nanoTime();
        HttpResponse<String> response = post("ADMIN_ID_FRONT", idFront).get();
        long millis = (System.nanoTime() - start) / 1_000_000;

        // Then after the timeout: 202, fill by hand, in both languages, and where to look later
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(millis).as("it waited for the answer first").isGreaterThanOrEqualTo(IngestFixture.RECOGNITION_TIMEOUT.toMillis());
        JsonNode body = JSON.readTree(response.body());
        String id = body.get("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/v1/recognitions/" + id);
        assertThat(body.get("status").asString()).isEqualTo("PENDING");
        assertThat(body.get("fillByHand").get("code").asString()).isEqualTo("timeout");
        assertThat(body.get("fillByHand").get("message").asString()).contains("fill the form by hand");
        assertThat(body.get("fillByHand").get("messageZh").asString()).contains("手動填寫");
        assertThat(JSON.readTree(ingest.get("/v1/recognitions/" + id).body()).get("fillByHand").get("code").asString())
                .isEqualTo("timeout");

        // When the reading arrives late
        RecognitionRequested request = requested(idFront);
        assertThat(request.getRequestId()).isEqualTo(id);
        ingest.publish(Topics.RECOGNITION_COMPLETED, id, completed(request, RecognitionOutcome.READ,
                field("idNumber", ID_NUMBER, 0.95, ReadAgreement.BOTH_AGREE, true)));

        // Then GET has it
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode late = JSON.readTree(ingest.get("/v1/recognitions/" + id).body());
            assertThat(late.get("status").asString()).isEqualTo("READ");
            assertThat(field(late, "idNumber").get("value").asString()).isEqualTo(ID_NUMBER);
        });
        // and only its own account: another's applicant gets the 404 of an unknown id, an auditor no reading at all
        assertThat(ingest.get("/v1/recognitions/" + id, ingest.key("other-applicant")).statusCode()).isEqualTo(404);
        assertThat(ingest.get("/v1/recognitions/" + id, ingest.key("auditor")).statusCode()).isEqualTo(403);
    }

    @Test
    void anAnswerStoredByAnotherInstanceWakesTheWaitingRequest() throws Exception {
        // Given a waiting request whose answer another ingest instance consumed and stored (not this one's waiter)
        CompletableFuture<HttpResponse<String>> posted = post("LEGAL_REP_ID_BACK", idBack);
        RecognitionRequested request = requested(idBack);
        ingest.jdbi().useTransaction(tx -> RecognitionResults.record(tx,
                completed(request, RecognitionOutcome.FAILED, new RecognizedField[0]), cipher));

        // Then the poll finds it: an unreadable image is an answer too, at once
        HttpResponse<String> response = posted.get();
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("UNREADABLE");
        assertThat(body.get("failure").asString()).isEqualTo("image is truncated");
        assertThat(body.get("fillByHand").get("code").asString()).isEqualTo("unreadable");
    }

    @Test
    void refusedRequestsAreProblemsAndStoreNothing() throws Exception {
        int before = recognitions();

        assertThat(problem(new Multipart().part("BUSINESS_LICENCE", "a.png", "image/png", "not an image".getBytes()),
                400)).isEqualTo("BUSINESS_LICENCE:format");
        assertThat(problem(new Multipart().part("SELFIE", "a.png", "image/png", idFront), 400))
                .isEqualTo("SELFIE:unknown-document");
        assertThat(problem(new Multipart().part("ADMIN_ID_FRONT", "a.png", "image/png", idFront)
                .part("ADMIN_ID_BACK", "b.png", "image/png", idBack), 400)).isEqualTo("image:too-many");
        assertThat(problem(new Multipart(), 400)).isEqualTo("image:required");
        assertThat(problem(new Multipart().json("application", "{}"), 400)).isEqualTo("application:unknown-document");
        HttpResponse<String> notMultipart = ingest.post("/v1/recognitions", "image/png", idFront);
        assertThat(notMultipart.statusCode()).isEqualTo(415);
        Multipart good = new Multipart().part("ADMIN_ID_FRONT", "a.png", "image/png", idFront);
        assertThat(ingest.post("/v1/recognitions", good.contentType(), good.body(), null, Map.of()).statusCode())
                .isEqualTo(401);
        assertThat(ingest.get("/v1/recognitions/" + UUID.randomUUID(), null).statusCode()).isEqualTo(401);
        assertThat(ingest.get("/v1/recognitions/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(ingest.get("/v1/recognitions/not-an-id").statusCode()).isEqualTo(404);

        assertThat(recognitions()).isEqualTo(before);
    }

    @Test
    void bothPathsArePublishedInTheOpenApiDocumentWithTheImagePart() {
        JsonNode doc = JSON.readTree(ingest.get("/v3/api-docs", null).body());

        assertThat(doc.at("/paths/~1v1~1recognitions/post/requestBody/content").has("multipart/form-data")).isTrue();
        assertThat(doc.at("/paths/~1v1~1recognitions~1{id}/get").isMissingNode()).isFalse();
    }

    private static String problem(Multipart form, int status) throws IOException {
        HttpResponse<String> response = ingest.post("/v1/recognitions", form.contentType(), form.body());
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("titleZh").asString()).isNotBlank();
        JsonNode error = body.get("errors").get(0);
        assertThat(error.get("messageZh").asString()).isNotBlank();
        return error.get("field").asString() + ":" + error.get("code").asString();
    }

    private static CompletableFuture<HttpResponse<String>> post(String part, byte[] image) {
        Multipart form = new Multipart().part(part, part.toLowerCase() + ".png", "image/png", image);
        return CompletableFuture.supplyAsync(() -> ingest.post("/v1/recognitions", form.contentType(), form.body()));
    }

    /** The latest request for {@code image} on the topic, as ocr-worker would read it. */
    private static RecognitionRequested requested(byte[] image) {
        String sha256 = sha256(image);
        AvroEventSerde serde = ingest.bean(AvroEventSerde.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", ingest.bean(Environment.class).getProperty("spring.kafka.bootstrap-servers"),
                "key.deserializer", StringDeserializer.class, "value.deserializer", ByteArrayDeserializer.class))) {
            // assigned, not subscribed: no group to join, so the wait stays far inside the request's timeout
            consumer.assign(consumer.partitionsFor(Topics.RECOGNITION_REQUESTED.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList());
            consumer.seekToBeginning(consumer.assignment());
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            Optional<RecognitionRequested> latest = Optional.empty();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    RecognitionRequested request = serde.deserialize(Topics.RECOGNITION_REQUESTED, record.value());
                    assertThat(record.key()).isEqualTo(request.getRequestId());
                    if (request.getDocument().getSha256().equals(sha256) && pending(request.getRequestId())) {
                        latest = Optional.of(request);
                    }
                }
                if (latest.isPresent()) {
                    return latest.get();
                }
            }
        }
        throw new AssertionError("no pending recognition request for the image was published");
    }

    private static boolean pending(String requestId) {
        return ingest.jdbi().withHandle(h -> h.createQuery(
                        "SELECT completed_at IS NULL FROM recognition WHERE request_id = :id")
                .bind("id", UUID.fromString(requestId)).mapTo(Boolean.class).findOne().orElse(false));
    }

    private static RecognitionCompleted completed(RecognitionRequested request, RecognitionOutcome outcome,
            RecognizedField... fields) {
        return RecognitionCompleted.newBuilder().setEventId(UUID.randomUUID().toString())
                .setRequestId(request.getRequestId()).setRecognizedAt(Instant.now()).setEngine("test-ocr")
                .setDocument(RecognizedDocument.newBuilder().setType(request.getDocument().getType())
                        .setSha256(request.getDocument().getSha256()).setOutcome(outcome)
                        .setFailure(outcome == RecognitionOutcome.FAILED ? "image is truncated" : null)
                        .setFields(List.of(fields)).setDurationMillis(1200).setSeals(List.of()).build())
                .build();
    }

    private static RecognizedField field(String name, String value, double confidence, ReadAgreement agreement,
            boolean confirmed) {
        return RecognizedField.newBuilder().setName(name).setSealedValue(value == null ? null : cipher.seal(value))
                .setConfidence(confidence).setAgreement(agreement).setConfirmed(confirmed)
                .setUnreadReason(value == null ? "not found" : null).build();
    }

    private static JsonNode field(JsonNode view, String name) {
        for (JsonNode field : view.get("fields")) {
            if (field.get("name").asString().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + view.get("fields"));
    }

    private static int recognitions() {
        return ingest.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM recognition").mapTo(Integer.class).one());
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
