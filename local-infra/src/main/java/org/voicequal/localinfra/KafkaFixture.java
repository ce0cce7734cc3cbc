package org.voicequal.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one Kafka fixture of the tests: a Testcontainers Kafka where a Docker engine answers, and the
 * in-process KRaft broker otherwise (as on the CI machines, which have no engine). Either way a real broker.
 */
public final class KafkaFixture implements AutoCloseable {

    private final AutoCloseable broker;
    private final String bootstrapServers;

    private KafkaFixture(AutoCloseable broker, String bootstrapServers) {
        this.broker = broker;
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaFixture start() {
        if (dockerAvailable()) {
            KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
            container.start();
            return new KafkaFixture(container, container.getBootstrapServers());
        }
        try {
            EmbeddedKafka kafka = EmbeddedKafka.start(Files.createTempDirectory("kafka-fixture"));
            return new KafkaFixture(kafka, kafka.bootstrapServers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() throws Exception {
        broker.close();
    }
}
