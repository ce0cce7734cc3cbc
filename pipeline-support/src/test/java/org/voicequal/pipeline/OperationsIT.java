package org.voicequal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.schemas.Topics;

/**
 * A worker as operators see it, on real parts (the Kafka fixture, PostgreSQL, Apicurio): built from
 * {@link PipelineConfiguration} alone, with one subscription, on a management port. Its health is UP with the
 * database, the broker, the registry and the outbox each checked; its Prometheus page lists the outbox
 * backlog and parked rows, the consumer's lag, and a dead-lettered record once one was sent.
 */
class OperationsIT {

    private static final String GROUP = "operations-it";
    private static TestWorker worker;
    private static String management;
    private static final HttpClient http = HttpClient.newHttpClient();

    /** The smallest worker: it consumes status changes and does nothing with them. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(PipelineConfiguration.class)
    static class Worker {
        @Bean
        EventSubscription<QualificationStatusChanged> statusChanges() {
            return EventSubscription.on(Topics.STATUS_CHANGED, GROUP, (transaction, event) -> { });
        }
    }

    @BeforeAll
    static void start() throws Exception {
        worker = TestWorker.start(Worker.class, "operations-it");
        management = worker.management();
    }

    @AfterAll
    static void stop() throws Exception {
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void healthIsUpWithTheDatabaseTheBrokerTheRegistryAndTheOutboxChecked() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(health.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        for (String component : new String[] {"db", "kafka", "schemaRegistry", "outbox"}) {
            assertThat(body.path("components").path(component).path("status").asText()).as(component).isEqualTo("UP");
        }
        assertThat(body.path("components").path("outbox").path("details").path("parked").asLong()).isZero();

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"kafka\"", "\"schemaRegistry\"", "\"db\"");
    }

    @Test
    void prometheusListsOutboxLagAndDeadLetters() throws Exception {
        // Given a record no worker can read on the subscribed topic
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", worker.kafka().bootstrapServers(),
                "key.serializer", StringSerializer.class, "value.serializer", ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.STATUS_CHANGED.name(), "q-poison", "not avro".getBytes())).get();
        }

        // Then it is counted as dead-lettered, beside the outbox gauges and the consumer's lag
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String metrics = get("/actuator/prometheus").body();
            assertThat(metrics).contains("pipeline_outbox_backlog_rows{", "pipeline_outbox_parked_rows{",
                    "pipeline_outbox_oldest_age_seconds{");
            assertThat(metrics).containsPattern("kafka_consumer_fetch_manager_records_lag_max\\{[^}]*client_id=\"consumer-" + GROUP);
            // records consumed (the client's total at once; its per-topic series once Micrometer's next refresh
            // sees the topic, within a minute), and the time each record took to handle (Spring Kafka's listener timer)
            assertThat(metrics).containsPattern("kafka_consumer_fetch_manager_records_consumed_total\\{[^}]*client_id=\"consumer-"
                    + GROUP);
            assertThat(metrics).containsPattern("spring_kafka_listener_seconds_count\\{[^}]*result=\"failure\"");
            assertThat(metrics).containsPattern("pipeline_dead_letters_total\\{[^}]*topic=\"" + Topics.STATUS_CHANGED.name()
                    + "\"[^}]*} 1\\.0");
        });
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(management + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
