package org.voicequal.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.QualificationId;
import org.voicequal.events.DocumentType;
import org.voicequal.ingest.account.Accounts;
import org.voicequal.ingest.account.Role;
import org.voicequal.ingest.submission.SubmissionForm;
import org.voicequal.ingest.submission.SubmissionService;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.KafkaFixture;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.schemas.Topic;
import org.voicequal.schemas.registry.AvroEventSerde;
import tools.jackson.databind.json.JsonMapper;

/**
 * ingest-service as it runs, on real parts: PostgreSQL with its real migrations, the Kafka test fixture and
 * Apicurio Registry, the service itself listening on a free port. Started once for every IT of the module
 * (the registry alone takes a while on a shared machine) and stopped when the test run ends.
 *
 * <p>Use it as a parameter of a {@code @BeforeAll} method in a class extended with {@link Shared}.
 */
public final class IngestFixture implements AutoCloseable {

    /** The synthetic application whose values the ITs look for in clear (and must not find). */
    public static final Path APPLICATION = Path.of("src", "test", "resources", "synthetic-application.json");
    /** Its images: the OCR engine tests' synthetic documents. */
    public static final Path DOCUMENTS = Path.of("..", "ocr-worker", "src", "test", "resources", "synthetic-sample");

    /** How long a recognition waits for an answer in these ITs. */
    public static final java.time.Duration RECOGNITION_TIMEOUT = java.time.Duration.ofSeconds(5);

    private final List<AutoCloseable> parts;
    private final ConfigurableApplicationContext service;
    private final KafkaProducer<String, byte[]> producer;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The account the ITs submit for (enabled for the 400-number form), and another one, to prove isolation. */
    public static final String ACCOUNT = "acct-demo";
    public static final String OTHER_ACCOUNT = "acct-other";

    private final Map<String, String> keys = new java.util.HashMap<>();

    private IngestFixture(List<AutoCloseable> parts, ConfigurableApplicationContext service, String bootstrapServers) {
        this.parts = parts;
        this.service = service;
        Accounts accounts = service.getBean(Accounts.class);
        accounts.create(ACCOUNT, "示例科技", true);
        accounts.create(OTHER_ACCOUNT, "另一家公司", false);
        keys.put("applicant", accounts.issue("it-applicant", Role.APPLICANT, ACCOUNT).key());
        keys.put("auditor", accounts.issue("it-auditor", Role.AUDITOR, ACCOUNT).key());
        keys.put("other-applicant", accounts.issue("it-other-applicant", Role.APPLICANT, OTHER_ACCOUNT).key());
        keys.put("other-auditor", accounts.issue("it-other-auditor", Role.AUDITOR, OTHER_ACCOUNT).key());
        keys.put("reviewer", accounts.issue("it-reviewer", Role.REVIEWER, null).key());
        keys.put("operator", accounts.issue("it-operator", Role.OPERATOR, null).key());
        this.baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort();
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all",
                "key.serializer", StringSerializer.class, "value.serializer", ByteArraySerializer.class));
    }

    static IngestFixture start() throws IOException {
        Path work = Files.createTempDirectory("ingest-it");
        // independent, and the registry (its own JVM) is the slowest: start them side by side
        CompletableFuture<LocalPostgres> postgresStart = CompletableFuture.supplyAsync(() -> LocalPostgres.start(null));
        CompletableFuture<KafkaFixture> kafkaStart = CompletableFuture.supplyAsync(KafkaFixture::start);
        CompletableFuture<ApicurioRegistry> registryStart = CompletableFuture.supplyAsync(() ->
                ApicurioRegistry.start(null, work.resolve("registry.log")));
        List<AutoCloseable> parts = new ArrayList<>();
        try {
            return start(work, remember(parts, postgresStart.join()), remember(parts, kafkaStart.join()),
                    remember(parts, registryStart.join()), parts);
        } catch (RuntimeException e) {
            close(parts); // what did start; a part still starting is left to the JVM's exit, a failed run anyway
            throw e;
        }
    }

    private static IngestFixture start(Path work, LocalPostgres postgres, KafkaFixture kafka, ApicurioRegistry registry,
            List<AutoCloseable> parts) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        // as command-line arguments, so that they win over ingest-service.yml as environment variables do
        List<String> args = List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--pipeline.schema-registry-url=" + registry.confluentCompatibleUrl(),
                "--pipeline.personal-data-key=" + Base64.getEncoder().encodeToString(key),
                "--pipeline.blob-store.root=" + work.resolve("blobs"),
                "--pipeline.outbox.poll-interval=100ms",
                // no ocr-worker runs here: a recognition nobody answers must time out quickly
                "--ingest.recognition.timeout=" + RECOGNITION_TIMEOUT.toMillis() + "ms",
                "--ingest.recognition.poll-interval=100ms",
                "--server.port=0",
                "--server.address=127.0.0.1",
                // the management port too: a fixed one would clash between test runs sharing the host
                "--management.server.port=0",
                "--management.server.address=127.0.0.1",
                "--spring.main.banner-mode=off");
        ConfigurableApplicationContext service = IngestService.application().registerShutdownHook(false)
                .run(args.toArray(String[]::new));
        return new IngestFixture(parts, service, kafka.bootstrapServers());
    }

    public <T> T bean(Class<T> type) {
        return service.getBean(type);
    }

    public Jdbi jdbi() {
        return bean(Jdbi.class);
    }

    public PersonalDataCipher cipher() {
        return bean(PersonalDataCipher.class);
    }

    /** Submits the synthetic application through the service (not over HTTP: these ITs are about what follows). */
    public QualificationId submitSample() {
        try {
            SubmissionForm form = bean(JsonMapper.class).readValue(
                    Files.readString(APPLICATION), SubmissionForm.class);
            Map<DocumentType, SubmissionService.Upload> uploads = new EnumMap<>(DocumentType.class);
            try (var files = Files.list(DOCUMENTS)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    uploads.put(DocumentType.valueOf(name.substring(0, name.indexOf('.'))),
                            new SubmissionService.Upload(Files.readAllBytes(file), name));
                }
            }
            return bean(SubmissionService.class).submit(ACCOUNT, true, form, uploads, Set.of(), null).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes on the real topic, framed by the registry-backed serde, as another worker's relay would. */
    public <V extends SpecificRecord> void publish(Topic<V> topic, String key, V event) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), key, bean(AvroEventSerde.class).serialize(topic, event)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic.name(), e);
        }
    }

    /**
     * The clear API key of one of the fixture's callers: {@code applicant}, {@code auditor} (of {@link #ACCOUNT}),
     * {@code other-applicant}, {@code other-auditor} (of {@link #OTHER_ACCOUNT}), {@code reviewer}, {@code operator}.
     */
    public String key(String who) {
        return java.util.Objects.requireNonNull(keys.get(who), who);
    }

    /** GET as the applicant of {@link #ACCOUNT}. */
    public HttpResponse<String> get(String path) {
        return get(path, key("applicant"));
    }

    /** GET with {@code apiKey} (null: without one). */
    public HttpResponse<String> get(String path, String apiKey) {
        return send(request(path, apiKey).build());
    }

    /** POSTs {@code body} as it is, as the applicant of {@link #ACCOUNT}, with the given content type. */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return post(path, contentType, body, key("applicant"), Map.of());
    }

    /** POSTs {@code body} with {@code apiKey} (null: without one) and extra headers. */
    public HttpResponse<String> post(String path, String contentType, byte[] body, String apiKey,
            Map<String, String> headers) {
        HttpRequest.Builder request = request(path, apiKey).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Any method with a JSON body (PATCH, DELETE, ...) and {@code apiKey}. */
    public HttpResponse<String> send(String method, String path, String json, String apiKey) {
        return send(request(path, apiKey).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        return apiKey == null ? request : request.header("X-Api-Key", apiKey);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
        service.close();
        close(parts);
    }

    private static void close(List<AutoCloseable> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }

    private static <T extends AutoCloseable> T remember(List<AutoCloseable> parts, T part) {
        parts.add(part);
        return part;
    }

    /** Hands every IT the one running fixture; JUnit closes it after the last test of the run. */
    public static final class Shared implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == IngestFixture.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(IngestFixture.class,
                    type -> {
                        try {
                            return start();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, IngestFixture.class);
        }
    }
}
