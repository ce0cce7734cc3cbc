package org.voicequal.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.voicequal.expiry.ExpiryWorker;
import org.voicequal.ingest.IngestService;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.EmbeddedKafka;
import org.voicequal.localinfra.FreePort;
import org.voicequal.localinfra.LocalMail;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.notify.NotifyWorker;
import org.voicequal.ocr.OcrWorker;
import org.voicequal.review.ReviewWorker;
import org.voicequal.ingest.account.Accounts;
import org.voicequal.ingest.account.Role;
import org.voicequal.review.api.ReviewerKeys;
import org.voicequal.schemas.registry.SchemaRegistryClient;
import org.voicequal.validation.ValidationWorker;

/**
 * The whole pipeline in one JVM, the local default: a KRaft broker, Apicurio Registry (child process),
 * PostgreSQL and GreenMail, embedded; then every worker, each its own Spring application context with the
 * same jar and configuration keys it has in docker-compose, only pointed at the embedded infrastructure.
 * Data lives under the data directory and survives restarts.
 */
public final class LocalPipeline implements AutoCloseable {

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<ConfigurableApplicationContext> workers = new ArrayList<>();
    private LocalMail mail;
    private String ingestUrl;
    private String reviewUrl;
    private String reviewerKey;
    private String applicantKey;
    private String auditorKey;
    private String operatorKey;
    /** The account the local default creates, enabled for both forms; its keys are printed at start. */
    public static final String DEMO_ACCOUNT = "acct-demo";
    private String inboxUrl;
    private String bootstrapServers;
    private String registryUrl;
    private long infrastructureReadyNanos;
    private Map<String, Object> settings = Map.of();
    private final List<Integer> managementPorts = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(option(args, "--data-dir", "local-data"));
        int port = Integer.parseInt(option(args, "--port", "8080"));
        PipelineBench.Options bench = benchOptions(args);
        Map<String, Object> settings = new HashMap<>();
        String ocrThreads = option(args, "--ocr-threads", null);
        if (ocrThreads != null) {
            settings.put("ocr.threads", Integer.parseInt(ocrThreads));
        }
        long start = System.nanoTime();
        LocalPipeline pipeline;
        try {
            pipeline = LocalPipeline.start(dataDir, FreePort.preferring(port), FreePort.preferring(8025), settings);
        } catch (RuntimeException e) {
            System.err.println("\n  The pipeline did not start: " + e.getMessage()
                    + "\n  (Is another local pipeline using " + dataDir.toAbsolutePath() + "?)\n");
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "local-pipeline-stop"));
        System.out.printf("%n  Qualification pipeline ready in %.1f s (infrastructure %.1f s, workers %.1f s)%n",
                (System.nanoTime() - start) / 1e9, (pipeline.infrastructureReadyNanos - start) / 1e9,
                (System.nanoTime() - pipeline.infrastructureReadyNanos) / 1e9);
        System.out.println("  Ingest API   " + pipeline.ingestUrl() + "/v1/qualifications");
        System.out.println("  Review API   " + pipeline.reviewUrl() + "/v1/review-tasks");
        System.out.println("  API keys (header X-Api-Key; this data directory's, for development):");
        System.out.println("    applicant  " + pipeline.applicantKey() + "  (account " + DEMO_ACCOUNT + ")");
        System.out.println("    auditor    " + pipeline.auditorKey() + "  (account " + DEMO_ACCOUNT + ")");
        System.out.println("    reviewer   " + pipeline.reviewerKey());
        System.out.println("    operator   " + pipeline.operatorKey());
        System.out.println("  Mail inbox   " + pipeline.inboxUrl());
        System.out.println("  Kafka        " + pipeline.bootstrapServers());
        System.out.println("  Registry     " + pipeline.registryUrl());
        System.out.println("  Management   http://127.0.0.1:<port>/actuator/health and /actuator/prometheus, ports "
                + pipeline.managementPorts() + " (ingest, ocr, validation, review, expiry, notify)");
        System.out.println("  Submit the sample: samples/submit-sample.sh " + pipeline.ingestUrl());
        if (bench != null) {
            Path samples = Path.of(option(args, "--samples", "samples/applications/clean-approved"));
            int status = 1;
            try {
                if (!Files.isRegularFile(samples.resolve("application.json"))) {
                    System.err.println("\n  The bench submits " + samples.toAbsolutePath().resolve("application.json")
                            + ", which is not there: run it from the repository's root, or name a sample with --samples DIR\n");
                } else {
                    PipelineBench.run(pipeline, samples, bench);
                    status = 0;
                }
            } catch (Exception | Error e) {
                System.err.println("\n  The bench failed:");
                e.printStackTrace();
            } finally {
                // a bench that failed must not leave the pipeline running behind it (its threads keep the JVM alive)
                pipeline.close(); // in order, before the infrastructure's own shutdown hooks race the workers
                System.exit(status);
            }
        }
        System.out.println("  Stop with Ctrl-C. Data: " + dataDir.toAbsolutePath() + "\n");
        Thread.currentThread().join();
    }

    public static LocalPipeline start(Path dataDir, int ingestPort, int inboxPort) throws IOException {
        return start(dataDir, ingestPort, inboxPort, Map.of());
    }

    /**
     * @param settings configuration every worker gets on top of the local defaults, e.g. {@code
     *                 pipeline.clock-offset} to replay documents dated for another day
     */
    public static LocalPipeline start(Path dataDir, int ingestPort, int inboxPort, Map<String, Object> settings)
            throws IOException {
        LocalPipeline pipeline = new LocalPipeline();
        pipeline.settings = Map.copyOf(settings);
        try {
            pipeline.startAll(dataDir.toAbsolutePath(), ingestPort, inboxPort);
            return pipeline;
        } catch (RuntimeException | IOException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startAll(Path dataDir, int ingestPort, int inboxPort) throws IOException {
        Files.createDirectories(dataDir);
        // the inbox's port was picked free before the call: bound before Kafka, PostgreSQL and the registry open
        // their sockets, or one of their connections may take it as its ephemeral port first (RestartIT saw that)
        mail = remember(LocalMail.start());
        inboxUrl = mail.serveInbox(inboxPort);
        // The others are independent: start them side by side (the registry, a separate JVM, is the slowest).
        CompletableFuture<ApicurioRegistry> registryStart = CompletableFuture.supplyAsync(() ->
                ApicurioRegistry.start(dataDir.resolve("registry/registry"), dataDir.resolve("registry.log")));
        CompletableFuture<LocalPostgres> postgresStart = CompletableFuture.supplyAsync(() ->
                LocalPostgres.start(dataDir.resolve("postgres")));
        CompletableFuture<EmbeddedKafka> kafkaStart = CompletableFuture.supplyAsync(() ->
                EmbeddedKafka.start(dataDir.resolve("kafka")));
        LocalPostgres postgres = remember(join(postgresStart));
        EmbeddedKafka kafka = remember(join(kafkaStart));
        ApicurioRegistry registry = remember(join(registryStart));
        infrastructureReadyNanos = System.nanoTime();
        bootstrapServers = kafka.bootstrapServers();
        registryUrl = registry.confluentCompatibleUrl();
        // Apicurio's default is NONE; the pipeline's contract is BACKWARD, as on Confluent's registry.
        new SchemaRegistryClient(registryUrl).setCompatibility("BACKWARD");

        Map<String, Object> common = new HashMap<>();
        common.put("spring.datasource.url", postgres.jdbcUrl());
        common.put("spring.datasource.username", postgres.username());
        common.put("spring.datasource.password", postgres.password());
        common.put("spring.datasource.hikari.maximum-pool-size", 4);
        common.put("spring.kafka.bootstrap-servers", bootstrapServers);
        common.put("pipeline.schema-registry-url", registryUrl);
        common.put("pipeline.personal-data-key", personalDataKey(dataDir));
        common.put("pipeline.outbox.poll-interval", "100ms");
        // on Ctrl-C the embedded broker may stop before the workers: do not wait a minute for it
        common.put("spring.kafka.producer.properties.max.block.ms", 5000);
        // likewise the embedded PostgreSQL has its own shutdown hook and may be gone first
        common.put("spring.datasource.hikari.connection-timeout", 3000);
        common.put("spring.main.banner-mode", "off");
        // seven applications share one console: no per-context startup lines, no misleading application name
        common.put("spring.main.log-startup-info", false);
        common.put("logging.include-application-name", false);
        common.put("logging.level.org.apache.kafka", "WARN");
        common.put("logging.level.org.springframework.kafka", "WARN");
        common.put("logging.level.org.flywaydb", "WARN");
        common.put("logging.level.com.zaxxer.hikari", "WARN");
        common.putAll(settings);
        Map<String, Object> blobs = Map.of("pipeline.blob-store.root", dataDir.resolve("blobs").toString());

        ConfigurableApplicationContext ingest = run(IngestService.application(), common, blobs,
                Map.of("server.port", ingestPort, "server.address", "127.0.0.1"), managementPort(9181, true));
        ingestUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) ingest).getWebServer().getPort();
        run(OcrWorker.application(), common, blobs, managementPort(9182, false));
        run(ValidationWorker.application(), common, Map.of(), managementPort(9183, false));
        // the reviewer API, with one development reviewer whose key is made once per data directory
        reviewerKey = developmentKey(dataDir, "reviewer.key");
        applicantKey = developmentKey(dataDir, "applicant.key");
        auditorKey = developmentKey(dataDir, "auditor.key");
        operatorKey = developmentKey(dataDir, "operator.key");
        Accounts accounts = ingest.getBean(Accounts.class);
        accounts.create(DEMO_ACCOUNT, "示例企業(本地演示)", true);
        accounts.register(applicantKey, "demo-applicant", Role.APPLICANT, DEMO_ACCOUNT);
        accounts.register(auditorKey, "demo-auditor", Role.AUDITOR, DEMO_ACCOUNT);
        accounts.register(reviewerKey, "local-reviewer", Role.REVIEWER, null);
        accounts.register(operatorKey, "local-operator", Role.OPERATOR, null);
        ConfigurableApplicationContext review = run(ReviewWorker.application(), common, blobs, Map.of(
                "server.port", FreePort.preferring(8082), "server.address", "127.0.0.1",
                "review.reviewers[0].name", "local-reviewer", "review.reviewers[0].key-hash", ReviewerKeys.hash(reviewerKey)),
                managementPort(9184, true));
        reviewUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) review).getWebServer().getPort();
        run(ExpiryWorker.application(), common, Map.of(), managementPort(9185, false));
        run(NotifyWorker.application(), common, managementPort(9186, false), Map.of("spring.mail.host", mail.smtpHost(),
                "spring.mail.port", mail.smtpPort()));
    }

    /**
     * Each worker's management port (/actuator/health, /actuator/prometheus), on the loopback interface: its
     * default (9181-9186, as in docker-compose) when free, another free port otherwise, so that six workers in
     * one JVM, or a second launcher, never clash. A worker with an API has it apart from the API's port; the
     * others' one HTTP port is it.
     */
    private Map<String, Object> managementPort(int preferred, boolean beside) {
        int port = FreePort.preferring(preferred);
        managementPorts.add(port);
        return beside ? Map.of("management.server.port", port, "management.server.address", "127.0.0.1")
                : Map.of("server.port", port, "server.address", "127.0.0.1");
    }

    /** Waits for one part of the infrastructure; the parts that did start are still closed on failure. */
    private <T extends AutoCloseable> T join(CompletableFuture<T> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @SafeVarargs
    private ConfigurableApplicationContext run(SpringApplicationBuilder app, Map<String, Object>... properties) {
        Map<String, Object> merged = new HashMap<>();
        for (Map<String, Object> p : properties) {
            merged.putAll(p);
        }
        // Passed as default properties would lose to each worker's own file; as command-line-like
        // properties they win, exactly as environment variables do in docker-compose.
        List<String> args = merged.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
        long start = System.nanoTime();
        ConfigurableApplicationContext context = app.registerShutdownHook(false).run(args.toArray(String[]::new));
        workers.add(context);
        System.out.printf("  started %-18s in %.1f s%n", context.getEnvironment().getProperty("spring.application.name"),
                (System.nanoTime() - start) / 1e9);
        return context;
    }

    /** A development key, made once per data directory. Production keys come from a secret store. */
    private static String personalDataKey(Path dataDir) throws IOException {
        Path file = dataDir.resolve("personal-data.key");
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
        }
        return Files.readString(file).strip();
    }

    /**
     * A development API key, made once per data directory and kept in {@code <data-dir>/<file>}; ingest-service
     * stores only its hash, and review-worker is configured with the hash of the reviewer's.
     */
    private static String developmentKey(Path dataDir, String fileName) throws IOException {
        Path file = dataDir.resolve(fileName);
        if (!Files.exists(file)) {
            byte[] key = new byte[24];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(key));
        }
        return Files.readString(file).strip();
    }

    private <T extends AutoCloseable> T remember(T resource) {
        resources.add(resource);
        return resource;
    }

    public String ingestUrl() {
        return ingestUrl;
    }

    /** The reviewer API's base URL. */
    public String reviewUrl() {
        return reviewUrl;
    }

    /** The demo account's applicant key (header {@code X-Api-Key}): submits and reads {@link #DEMO_ACCOUNT}'s. */
    public String applicantKey() {
        return applicantKey;
    }

    /** The demo account's auditor key: reads its qualifications masked, and its audit trail. */
    public String auditorKey() {
        return auditorKey;
    }

    /** The platform operator's key: accounts, keys, every account's data masked. */
    public String operatorKey() {
        return operatorKey;
    }

    /** The development reviewer's key (header {@code X-Api-Key}). */
    public String reviewerKey() {
        return reviewerKey;
    }

    /** The workers' management ports, in start order: ingest, ocr, validation, review, expiry, notify. */
    public List<Integer> managementPorts() {
        return List.copyOf(managementPorts);
    }

    public String inboxUrl() {
        return inboxUrl;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String registryUrl() {
        return registryUrl;
    }

    public LocalMail mail() {
        return mail;
    }

    public List<ConfigurableApplicationContext> workers() {
        return workers;
    }

    @Override
    public synchronized void close() {
        for (int i = workers.size() - 1; i >= 0; i--) {
            workers.get(i).close();
        }
        workers.clear();
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                System.err.println("while stopping " + resources.get(i).getClass().getSimpleName() + ": " + e);
            }
        }
        resources.clear();
    }

    /**
     * {@code --bench [N]}: N submissions with the OCR cache warm (10 000 when N is left out), then
     * {@code --bench-http} through the HTTP front door (500), {@code --bench-cold} with fresh images (200), at most
     * {@code --bench-in-flight} unfinished (200), after {@code --bench-raw} records of the broker alone (200 000);
     * {@code --bench-drain} submissions queued behind a stopped ocr-worker and drained (as many as warm).
     */
    static PipelineBench.Options benchOptions(String[] args) {
        int at = List.of(args).indexOf("--bench");
        if (at < 0) {
            return null;
        }
        int warm = at + 1 < args.length && args[at + 1].matches("\\d+") ? Integer.parseInt(args[at + 1]) : 10_000;
        return new PipelineBench.Options(warm, Integer.parseInt(option(args, "--bench-drain", String.valueOf(warm))),
                Integer.parseInt(option(args, "--bench-cold", "200")),
                Integer.parseInt(option(args, "--bench-http", "500")),
                Integer.parseInt(option(args, "--bench-in-flight", "200")),
                Integer.parseInt(option(args, "--bench-raw", "200000")));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
