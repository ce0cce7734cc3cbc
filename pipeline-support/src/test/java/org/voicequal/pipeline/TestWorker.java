package org.voicequal.pipeline;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.KafkaFixture;
import org.voicequal.localinfra.LocalPostgres;

/**
 * The smallest worker, built from {@link PipelineConfiguration} and the given configuration class alone, on real
 * parts (the Kafka fixture, PostgreSQL, Apicurio), in its own database schema, with its one HTTP port the
 * management port. {@code settings} are added to, or override, the defaults.
 */
record TestWorker(KafkaFixture kafka, LocalPostgres postgres, ApicurioRegistry registry,
        ConfigurableApplicationContext context) implements AutoCloseable {

    static TestWorker start(Class<?> configuration, String name, String... settings) throws Exception {
        KafkaFixture kafka = KafkaFixture.start();
        LocalPostgres postgres = LocalPostgres.start(null);
        ApicurioRegistry registry = ApicurioRegistry.start(null, Files.createTempDirectory("registry").resolve("registry.log"));
        return start(kafka, postgres, registry, configuration, name, settings);
    }

    /** On parts the test started (and perhaps prepared) itself; {@link #close} stops them too. */
    static TestWorker start(KafkaFixture kafka, LocalPostgres postgres, ApicurioRegistry registry, Class<?> configuration,
            String name, String... settings) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String schema = name.replaceAll("[^a-z]", "_");
        List<String> args = new ArrayList<>(List.of("--spring.application.name=" + name,
                "--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.datasource.hikari.schema=" + schema,
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                "--spring.flyway.locations=classpath:db/pipeline",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--pipeline.schema-registry-url=" + registry.confluentCompatibleUrl(),
                "--pipeline.personal-data-key=" + Base64.getEncoder().encodeToString(key),
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(settings));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(configuration).registerShutdownHook(false)
                .run(args.toArray(String[]::new));
        return new TestWorker(kafka, postgres, registry, context);
    }

    /** Where its management endpoints answer. */
    String management() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() throws Exception {
        context.close();
        registry.close();
        postgres.close();
        kafka.close();
    }
}
