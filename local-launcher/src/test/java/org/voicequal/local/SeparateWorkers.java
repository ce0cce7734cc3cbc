package org.voicequal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.voicequal.ingest.account.Accounts;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.EmbeddedKafka;
import org.voicequal.localinfra.FreePort;
import org.voicequal.localinfra.LocalMail;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.schemas.registry.SchemaRegistryClient;
import org.yaml.snakeyaml.Yaml;

/**
 * The distributed path as a test fixture: every worker's own executable jar, each in its own JVM, configured
 * with exactly the environment docker-compose.yml gives its service, with only addresses (Kafka, the registry,
 * PostgreSQL, SMTP, the workers' own ports) pointed at real local servers, since there is no Docker engine here.
 * An account and its applicant's key are set up through the operator API, as an operator would.
 *
 * <p>Every part can be stopped and started again as it would be in production: a worker killed hard and
 * started with the same environment; the broker, PostgreSQL, the registry and the mail server stopped and
 * started on the same port with the same data, so that the workers find them again without being told.
 */
final class SeparateWorkers implements AutoCloseable {

    static final List<String> WORKERS = List.of("ingest-service", "ocr-worker", "validation-worker",
            "review-worker", "expiry-worker", "notify-worker");

    /** The servers the workers depend on, each of which can go away and come back. */
    enum Server { BROKER, DATABASE, REGISTRY, MAIL }

    /**
     * The tests' JVM options: a small heap and C1 only, so that six JVMs start quickly side by side. A benchmark
     * passes the Dockerfile's instead.
     */
    static final List<String> TEST_JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    /** Six JVMs starting side by side took over 4 minutes on 2 cores shared with other builds. */
    private static final Duration STARTUP = Duration.ofMinutes(6);

    private final Path work;
    private final String operatorKey = "it-operator-" + UUID.randomUUID();
    private final int kafkaPort = FreePort.pick();
    private final int postgresPort = FreePort.pick();
    private final int registryPort = FreePort.pick();
    private final int smtpPort = FreePort.pick();
    private final int ingestPort = FreePort.pick();
    private final Map<Server, AutoCloseable> running = new LinkedHashMap<>();
    /** Every mail server started, the stopped ones too: GreenMail keeps what it received. */
    private final List<LocalMail> mailServers = new ArrayList<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    /** Where each worker's latest start begins in its log, which every start appends to. */
    private final Map<String, Long> starts = new HashMap<>();

    private final List<String> jvmOptions;

    private SeparateWorkers(Path work, List<String> jvmOptions) {
        this.work = work;
        this.jvmOptions = List.copyOf(jvmOptions);
        // the workers are not this JVM's children in the OS's eyes: if it ends without close(), they would run on
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.values().forEach(Process::destroyForcibly)));
    }

    static SeparateWorkers start(String name) throws Exception {
        return start(name, TEST_JVM_OPTIONS);
    }

    /** @param jvmOptions the options every worker's JVM starts with */
    static SeparateWorkers start(String name, List<String> jvmOptions) throws Exception {
        SeparateWorkers workers = new SeparateWorkers(Files.createTempDirectory(name), jvmOptions);
        try {
            for (Server server : Server.values()) {
                workers.start(server);
            }
            new SchemaRegistryClient(workers.registryUrl()).setCompatibility("BACKWARD");
            workers.configure();
            WORKERS.forEach(workers::startWorker);
            WORKERS.forEach(workers::awaitStarted);
            return workers;
        } catch (Exception | AssertionError e) {
            workers.close();
            throw e;
        }
    }

    /** The worker logs and the servers' data. */
    Path work() {
        return work;
    }

    String ingestUrl() {
        return "http://127.0.0.1:" + ingestPort;
    }

    /** Where the worker answers /actuator/health and /actuator/prometheus. */
    String managementUrl(String worker) {
        Map<String, String> environment = environments.get(worker);
        return "http://127.0.0.1:" + environment.getOrDefault("MANAGEMENT_SERVER_PORT", environment.get("SERVER_PORT"));
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String registryUrl() {
        return "http://127.0.0.1:" + registryPort + "/apis/ccompat/v7";
    }

    /** What every mail server of this run received, before and after any restart. */
    List<MimeMessage> messages() {
        return mailServers.stream().flatMap(m -> m.messages().stream()).toList();
    }

    /** Kills the worker's JVM as {@code kill -9} would: no shutdown hook, no clean stop of anything. */
    void kill(String worker) throws InterruptedException {
        Process process = processes.get(worker);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s ended", worker).isTrue();
    }

    /** The operating system's id of the worker's JVM (its latest start). */
    long pid(String worker) {
        return processes.get(worker).pid();
    }

    /** Starts the worker's JVM with its environment, its output appended to {@code <worker>.log}. */
    void startWorker(String worker) {
        Path log = log(worker);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", executableJar(worker).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environments.get(worker));
        try {
            starts.put(worker, Files.exists(log) ? Files.size(log) : 0L);
            processes.put(worker, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + worker, e);
        }
    }

    /** Waits until the worker's latest start has said Spring Boot's {@code Started ...}. */
    void awaitStarted(String worker) {
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(processes.get(worker).isAlive()).as("%s is running (see %s)", worker, log(worker)).isTrue();
            assertThat(latestOutput(worker)).as("%s has started", worker).contains("Started ");
        });
    }

    private String latestOutput(String worker) throws IOException {
        byte[] all = Files.readAllBytes(log(worker));
        int from = (int) Math.min(all.length, starts.get(worker));
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }

    /** Starts the server on its port with its data (empty the first time). */
    void start(Server server) {
        running.put(server, switch (server) {
            case BROKER -> EmbeddedKafka.start(work.resolve("kafka"), kafkaPort);
            case DATABASE -> LocalPostgres.start(work.resolve("postgres"), postgresPort);
            case REGISTRY -> ApicurioRegistry.start(work.resolve("registry/registry"), work.resolve("registry.log"),
                    registryPort);
            case MAIL -> {
                LocalMail mail = LocalMail.start(smtpPort);
                mailServers.add(mail);
                yield mail;
            }
        });
    }

    /** Stops the server cleanly, as its operator would; its data stays for {@link #start(Server)}. */
    void stop(Server server) throws Exception {
        running.remove(server).close();
    }

    private void configure() throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        // what docker-compose's names resolve to here
        Map<String, String> local = new HashMap<>();
        local.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres");
        local.put("SPRING_DATASOURCE_USERNAME", "postgres");
        local.put("SPRING_DATASOURCE_PASSWORD", "postgres");
        local.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        local.put("PIPELINE_SCHEMA_REGISTRY_URL", registryUrl());
        local.put("PIPELINE_PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(key));
        local.put("PIPELINE_BLOB_STORE_ROOT", work.resolve("blobs").toString());
        local.put("SPRING_MAIL_HOST", "127.0.0.1");
        local.put("SPRING_MAIL_PORT", String.valueOf(smtpPort));

        Map<String, Object> services = composeServices();
        for (String worker : WORKERS) {
            Map<String, String> environment = new HashMap<>();
            composeEnvironment(services, worker).forEach((k, v) -> environment.put(k, local.getOrDefault(k, v)));
            // compose's fixed management ports may be taken on a shared host (another build's workers)
            environment.replaceAll((k, v) -> k.equals("SERVER_PORT") || k.equals("MANAGEMENT_SERVER_PORT")
                    ? String.valueOf(FreePort.pick()) : v);
            if (worker.equals("ingest-service")) {
                // the first operator of a deployment comes from configuration, by the hash of its key
                environment.put("INGEST_ACCESS_OPERATORS", "ops:" + Accounts.hash(operatorKey));
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
            environments.put(worker, Map.copyOf(environment));
        }
    }

    /** As an operator would set up a customer: the account, then its applicant's key, which this returns. */
    String newAccount(String accountId) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> account = http.send(HttpRequest.newBuilder(URI.create(ingestUrl() + "/v1/accounts"))
                .header("X-Api-Key", operatorKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + accountId + "\",\"displayName\":\"示例\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(ingestUrl() + "/v1/accounts/" + accountId + "/keys"))
                .header("X-Api-Key", operatorKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"portal\",\"role\":\"APPLICANT\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return PipelineClient.JSON.readTree(issued.body()).get("key").asText();
    }

    private Path log(String worker) {
        return work.resolve(worker + ".log");
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process p : processes.values()) {
            try {
                p.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.destroyForcibly();
        }
        List<Server> started = new ArrayList<>(running.keySet());
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                stop(started.get(i));
            } catch (Exception e) {
                System.err.println("while stopping " + started.get(i) + ": " + e);
            }
        }
    }

    private static Path executableJar(String worker) {
        try (Stream<Path> files = Files.list(Path.of("..", worker, "target"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(worker + " has no executable jar: package it first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
