package org.voicequal.local;

import org.voicequal.ingest.account.Accounts;
import org.voicequal.localinfra.Multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.EmbeddedKafka;
import org.voicequal.localinfra.FreePort;
import org.voicequal.localinfra.LocalMail;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.schemas.registry.SchemaRegistryClient;
import org.yaml.snakeyaml.Yaml;

/**
 * The distributed path: every worker's own executable jar, each in its own JVM, configured with exactly the
 * environment docker-compose.yml gives its service, with only the addresses of Kafka, the registry,
 * PostgreSQL and SMTP pointed at real local servers (no Docker engine here). The sample must reach its
 * decision and its email through these six processes.
 */
class StandaloneWorkersIT {

    private static final List<String> WORKERS = List.of("ingest-service", "ocr-worker", "validation-worker",
            "review-worker", "expiry-worker", "notify-worker");

    private static final List<AutoCloseable> infrastructure = new ArrayList<>();
    private static final List<Process> processes = new ArrayList<>();
    private static LocalMail mail;
    private static String ingestUrl;
    private static final String OPERATOR_KEY = "it-operator-" + UUID.randomUUID();
    private static String applicantKey;

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createTempDirectory("standalone-workers");
        LocalPostgres postgres = remember(LocalPostgres.start(null));
        EmbeddedKafka kafka = remember(EmbeddedKafka.start(work.resolve("kafka")));
        ApicurioRegistry registry = remember(ApicurioRegistry.start(null, work.resolve("registry.log")));
        mail = remember(LocalMail.start());
        new SchemaRegistryClient(registry.confluentCompatibleUrl()).setCompatibility("BACKWARD");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        int ingestPort = FreePort.pick();
        ingestUrl = "http://127.0.0.1:" + ingestPort;

        // what docker-compose's names resolve to here
        Map<String, String> local = new HashMap<>();
        local.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl());
        local.put("SPRING_DATASOURCE_USERNAME", postgres.username());
        local.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
        local.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        local.put("PIPELINE_SCHEMA_REGISTRY_URL", registry.confluentCompatibleUrl());
        local.put("PIPELINE_PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(key));
        local.put("PIPELINE_BLOB_STORE_ROOT", work.resolve("blobs").toString());
        local.put("SPRING_MAIL_HOST", mail.smtpHost());
        local.put("SPRING_MAIL_PORT", String.valueOf(mail.smtpPort()));

        Map<String, Object> services = composeServices();
        for (String worker : WORKERS) {
            Map<String, String> environment = new HashMap<>();
            composeEnvironment(services, worker).forEach((k, v) -> environment.put(k, local.getOrDefault(k, v)));
            if (worker.equals("ingest-service")) {
                // the first operator of a deployment comes from configuration, by the hash of its key
                environment.put("INGEST_ACCESS_OPERATORS", "ops:" + Accounts.hash(OPERATOR_KEY));
                environment.put("SERVER_PORT", String.valueOf(ingestPort));
                environment.put("SERVER_ADDRESS", "127.0.0.1");
            }
            if (worker.equals("review-worker")) {
                // the reviewer API: a free port, as a second deployment on the same host would need
                environment.put("SERVER_PORT", String.valueOf(FreePort.pick()));
                environment.put("SERVER_ADDRESS", "127.0.0.1");
            }
            environment.put("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "4");
            environment.put("PIPELINE_CLOCK_OFFSET", Samples.clockOffset().toString());
            environment.put("OMP_THREAD_LIMIT", "1");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", executableJar(worker).toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve(worker + ".log").toFile());
            builder.environment().putAll(environment);
            processes.add(builder.start());
        }
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (int i = 0; i < WORKERS.size(); i++) {
                assertThat(processes.get(i).isAlive()).as("%s is running (see %s)", WORKERS.get(i), work).isTrue();
                assertThat(Files.readString(work.resolve(WORKERS.get(i) + ".log")))
                        .as("%s has started", WORKERS.get(i)).contains("Started ");
            }
        });
        // as an operator would set up a customer: the account, then its applicant's key
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> account = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/accounts"))
                .header("X-Api-Key", OPERATOR_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"acct-demo\",\"displayName\":\"示例\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/accounts/acct-demo/keys"))
                .header("X-Api-Key", OPERATOR_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"portal\",\"role\":\"APPLICANT\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        applicantKey = PipelineClient.JSON.readTree(issued.body()).get("key").asText();
    }

    @AfterAll
    static void stop() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.destroyForcibly();
        }
        for (int i = infrastructure.size() - 1; i >= 0; i--) {
            try {
                infrastructure.get(i).close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }

    @Test
    void theSampleIsDecidedAndEmailedThroughSixSeparateWorkers() throws Exception {
        String email = "standalone-" + UUID.randomUUID() + "@example.com";
        String application = Samples.application(Samples.CLEAN).replace("owner@example.com", email);
        Multipart form = new Multipart().json("application", application);
        Multipart.sampleDocuments(Samples.CLEAN).forEach((n, b) -> form.part(n, n + ".png", "image/png", b));

        HttpResponse<String> accepted = form.post(ingestUrl + "/v1/qualifications", applicantKey);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = PipelineClient.JSON.readTree(accepted.body()).get("id").asText();

        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String body = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/qualifications/" + id))
                            .header("X-Api-Key", applicantKey).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(PipelineClient.JSON.readTree(body).get("status").asText()).isEqualTo("APPROVED");
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.messages().stream()
                .anyMatch(m -> PipelineClient.recipient(m).equals(email)));
    }

    private static Path executableJar(String worker) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", worker, "target"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(worker + " has no executable jar: package it first"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeServices() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("..", "docker-compose.yml"))) {
            return (Map<String, Object>) ((Map<String, Object>) new Yaml().load(in)).get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> composeEnvironment(Map<String, Object> services, String worker) {
        Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) services.get(worker)).get("environment");
        Map<String, String> result = new HashMap<>();
        environment.forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }

    private static <T extends AutoCloseable> T remember(T resource) {
        infrastructure.add(resource);
        return resource;
    }
}
