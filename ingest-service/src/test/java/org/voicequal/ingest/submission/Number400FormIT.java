package org.voicequal.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.env.Environment;
import org.voicequal.domain.QualificationId;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentType;
import org.voicequal.events.NumberApplication;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.ingest.IngestFixture;
import org.voicequal.localinfra.Multipart;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 400-number form end to end at ingest, on real parts: the sample application posted over HTTP is accepted,
 * and the {@code SubmissionReceived} event that reaches Kafka (through the outbox and the registry) carries its
 * number part as validation-worker's rules read it; a form with six numbers is refused and stores nothing. Extra
 * attachments (更多附件) go through the service the same way: every one a document of type OTHER.
 */
@ExtendWith(IngestFixture.Shared.class)
class Number400FormIT {

    private static final Path SAMPLE = Path.of("..", "samples", "applications-400", "clean-three-in-one");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static IngestFixture ingest;

    @BeforeAll
    static void connect(IngestFixture fixture) {
        ingest = fixture;
    }

    @Test
    void theSample400FormIsAcceptedAndItsNumberPartReachesKafka() throws IOException {
        // Given the sample 400-number application, one number written with hyphens
        Multipart form = withDocuments(Files.readString(SAMPLE.resolve("application.json")));

        // When it is posted
        HttpResponse<String> response = ingest.post("/v1/qualifications", form.contentType(), form.body());

        // Then it is accepted, and the event on Kafka carries the number part, the numbers as ten digits
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = JSON.readTree(response.body()).get("id").asString();
        SubmissionReceived received = received(id);
        assertThat(received.getKind().name()).isEqualTo("NUMBER_400");
        assertThat(received.getNumberApplication()).isEqualTo(new NumberApplication("CT",
                List.of("4008261500", "4008261501"), true, "售后服务热线：客户来电咨询订单、退换货与物流进度"));
        assertThat(received.getEnterprise().getCertificateType()).isEqualTo("BUSINESS_LICENCE");
        assertThat(received.getAdministrator()).isNull();
        assertThat(received.getDocuments()).extracting(DocumentRef::getType).containsExactlyInAnyOrder(
                DocumentType.BUSINESS_LICENCE, DocumentType.LEGAL_REP_ID_FRONT, DocumentType.LEGAL_REP_ID_BACK);
        assertThat(received.toString()).as("personal data sealed").doesNotContain("曾新琪", "420111198912284966");
    }

    @Test
    void sixNumbersAreRefusedAndNothingIsStored() throws IOException {
        ObjectNode application = (ObjectNode) JSON.readTree(Files.readString(SAMPLE.resolve("application.json")));
        var numbers = ((ObjectNode) application.get("numberApplication")).putArray("numbers");
        for (int i = 0; i < 6; i++) {
            numbers.add("400826150" + i);
        }
        long before = qualifications();
        Multipart form = withDocuments(JSON.writeValueAsString(application));

        HttpResponse<String> response = ingest.post("/v1/qualifications", form.contentType(), form.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString() + ":" + e.get("code").asString()).toList())
                .containsExactly("numberApplication.numbers:too-many");
        assertThat(qualifications()).isEqualTo(before);
    }

    @Test
    void extraAttachmentsAreStoredAsNumberedOtherDocuments() throws IOException {
        // Given the ordinary synthetic application and two extra attachments
        SubmissionForm form = ingest.bean(JsonMapper.class).readValue(Files.readString(IngestFixture.APPLICATION),
                SubmissionForm.class);
        Map<DocumentType, SubmissionService.Upload> uploads = new EnumMap<>(DocumentType.class);
        try (var files = Files.list(IngestFixture.DOCUMENTS)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                uploads.put(DocumentType.valueOf(name.substring(0, name.indexOf('.'))),
                        new SubmissionService.Upload(Files.readAllBytes(file), name));
            }
        }
        List<SubmissionService.Upload> attachments = List.of(
                new SubmissionService.Upload(ImageDimensionsTest.png(800, 600), "extra-1.png"),
                new SubmissionService.Upload(ImageDimensionsTest.jpeg(800, 600), "extra-2.jpg"));

        // When it is submitted with them
        QualificationId id = ingest.bean(SubmissionService.class)
                .submit(IngestFixture.ACCOUNT, true, form, uploads, attachments, Set.of(), null).id();

        // Then both are documents of type OTHER in the event, and rows OTHER_1 and OTHER_2
        assertThat(received(id.toString()).getDocuments()).filteredOn(d -> d.getType() == DocumentType.OTHER).hasSize(2);
        List<String> rows = ingest.jdbi().withHandle(h -> h.createQuery(
                "SELECT type FROM qualification_document WHERE qualification_id = :id AND type LIKE 'OTHER%' ORDER BY type")
                .bind("id", id.value()).mapTo(String.class).list());
        assertThat(rows).containsExactly("OTHER_1", "OTHER_2");
    }

    private static Multipart withDocuments(String application) throws IOException {
        Multipart form = new Multipart().json("application", application);
        Multipart.sampleDocuments(SAMPLE).forEach((type, bytes) -> form.part(type, type + ".png", "image/png", bytes));
        return form;
    }

    private static long qualifications() {
        return ingest.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM qualification").mapTo(Long.class).one());
    }

    /** The one SubmissionReceived of {@code id}, read from the topic from the beginning, once the relay sent it. */
    private static SubmissionReceived received(String id) {
        Properties props = new Properties();
        props.put("bootstrap.servers", ingest.bean(Environment.class).getProperty("spring.kafka.bootstrap-servers"));
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", ByteArrayDeserializer.class.getName());
        String topic = Topics.SUBMISSION_RECEIVED.name();
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            found.clear();
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                        if (id.equals(r.key())) {
                            found.add(r);
                        }
                    });
                }
            }
            assertThat(found).hasSize(1);
        });
        return ingest.bean(AvroEventSerde.class).deserialize(Topics.SUBMISSION_RECEIVED, found.get(0).value());
    }
}
