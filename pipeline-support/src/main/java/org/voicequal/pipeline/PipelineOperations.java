package org.voicequal.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.voicequal.pipeline.consume.DeadLetterListener;
import org.voicequal.pipeline.consume.InboxRetention;
import org.voicequal.pipeline.outbox.OutboxMonitor;
import org.voicequal.pipeline.outbox.OutboxRelay;
import org.voicequal.schemas.registry.SchemaRegistryClient;

/**
 * What operators see of every worker: health ({@code kafka}, {@code schemaRegistry}, {@code outbox}, and Spring
 * Boot's own {@code db}), Prometheus metrics (outbox backlog and parked rows, dead letters; Kafka client metrics
 * such as consumer lag are bound in {@link PipelineConfiguration}), and the inbox's retention. The actuator
 * defaults every worker shares are in {@code pipeline-operations.properties}: a worker's own file overrides them.
 * Health details name counts and exception classes only, never a record's content.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:pipeline-operations.properties")
public class PipelineOperations {

    @Bean
    OutboxMonitor outboxMonitor(Jdbi jdbi, OutboxRelay relay) {
        return new OutboxMonitor(jdbi, relay);
    }

    @Bean
    HealthIndicator outboxHealthIndicator(OutboxMonitor monitor) {
        return monitor::health;
    }

    @Bean
    InboxRetention inboxRetention(Jdbi jdbi, PipelineProperties properties) {
        return new InboxRetention(jdbi, properties.inbox());
    }

    /** Counts records sent to a dead-letter topic, by source topic and cause class: an alert on any increase. */
    @Bean
    DeadLetterListener deadLetterMetrics(ObjectProvider<MeterRegistry> registry) {
        return (record, cause) -> registry.ifAvailable(meters -> meters.counter("pipeline.dead.letters",
                "topic", record.topic(), "cause", rootCause(cause).getClass().getSimpleName()).increment());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t instanceof ListenerExecutionFailedException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** One admin client for the health check, closed with the context. */
    @Bean(destroyMethod = "close")
    Admin healthAdmin(KafkaAdmin kafkaAdmin) {
        return Admin.create(kafkaAdmin.getConfigurationProperties());
    }

    /** The broker answers a cluster description within three seconds. */
    @Bean
    HealthIndicator kafkaHealthIndicator(Admin healthAdmin) {
        return () -> {
            try {
                int nodes = healthAdmin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes()
                        .get(3, TimeUnit.SECONDS).size();
                return Health.up().withDetail("nodes", nodes).build();
            } catch (Exception e) {
                return Health.down().withDetail("error", e.getClass().getName()).build();
            }
        };
    }

    /** The schema registry answers its configuration: without it no event can be written or read. */
    @Bean
    HealthIndicator schemaRegistryHealthIndicator(SchemaRegistryClient registry) {
        return () -> {
            try {
                return Health.up().withDetail("compatibility", registry.compatibility()).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("error", e.getClass().getName()).build();
            }
        };
    }
}
