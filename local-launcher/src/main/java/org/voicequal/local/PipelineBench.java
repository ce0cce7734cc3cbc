package org.voicequal.local;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.voicequal.events.IntakeDocument;
import org.voicequal.events.IntakeResult;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.NotificationSent;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.SubmissionIntake;
import org.voicequal.localinfra.Multipart;
import org.voicequal.pipeline.consume.SubscriptionContainers;
import org.voicequal.schemas.Topic;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import org.voicequal.schemas.registry.SchemaRegistryClient;

/**
 * Measures the running pipeline from the outside, and the broker it runs on, in one run (docs/performance.md).
 *
 * <ol>
 * <li>The anchor: a plain producer and consumer of records the size of the pipeline's events, on a scratch topic
 *     of the same broker, with the relay's producer settings (acks=all, idempotent, linger 5 ms).</li>
 * <li>The pipeline behind the front door: N submissions of the sample with identical images (ocr-worker reads an
 *     image once by SHA-256), sent as {@code qualification.intake.v1} records that reference images uploaded once
 *     with {@code POST /v1/documents}, at most {@code inFlight} unfinished at a time.</li>
 * <li>The HTTP front door: multipart {@code POST /v1/qualifications} with the 8 images (about 1 MB), same images.</li>
 * <li>OCR: submissions with fresh image bytes (appended after the PNG end, which decoders ignore).</li>
 * </ol>
 *
 * <p>Stage times come from the pipeline's own events, read by a plain consumer: each record's timestamp is the
 * moment its stage's outbox relay published it, so the bench measures without loading ingest-service's status view
 * (polling it for thousands of open submissions would be load of its own) and sees the stages the status history
 * does not show (recognized, evaluated, emailed).
 */
public final class PipelineBench {

    /** The options of {@code --bench}. */
    public record Options(int warm, int drain, int cold, int http, int inFlight, int rawRecords) {
    }

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final String[] STAGES = {"received", "recognized", "evaluated", "decided", "emailed"};
    private static final List<Topic<?>> STAGE_TOPICS = List.of(Topics.SUBMISSION_RECEIVED, Topics.DOCUMENTS_RECOGNIZED,
            Topics.SUBMISSION_EVALUATED, Topics.REVIEW_DECIDED, Topics.NOTIFICATION_SENT);

    private final String ingestUrl;
    private final String apiKey;
    private final String bootstrap;
    private final AvroEventSerde serde;
    private final String application;
    private final Map<String, byte[]> documents;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String run = UUID.randomUUID().toString();
    private final AtomicLong variant = new AtomicLong();
    private final Map<String, Track> tracks = new ConcurrentHashMap<>();
    private final Map<String, Track> byPortalId = new ConcurrentHashMap<>();
    private final AtomicLong pipelineRecords = new AtomicLong();
    private final AtomicLong pipelineBytes = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    /** Notification ids of the emails that tell a decision (not the "received" one), and when each was sent. */
    private final Map<String, String> decisionEmails = new ConcurrentHashMap<>();
    private final Map<String, Long> emailsSent = new ConcurrentHashMap<>();
    private volatile boolean watching = true;

    private PipelineBench(String ingestUrl, String apiKey, String bootstrap, String registryUrl, Path samples)
            throws Exception {
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
        this.bootstrap = bootstrap;
        // as a portal does: its writer schema is the catalogue's, which the registry accepts under BACKWARD
        this.serde = new AvroEventSerde(new SchemaRegistryClient(registryUrl), true);
        this.application = Files.readString(samples.resolve("application.json"));
        this.documents = Multipart.sampleDocuments(samples);
    }

    static void run(LocalPipeline pipeline, Path samples, Options options) throws Exception {
        PipelineBench bench = new PipelineBench(pipeline.ingestUrl(), pipeline.applicantKey(), pipeline.bootstrapServers(),
                pipeline.registryUrl(), samples);
        System.out.printf("%n  Bench: %d warm (Kafka intake), %d drained, %d HTTP, %d cold, at most %d in flight; %d raw records%n",
                options.warm(), options.drain(), options.http(), options.cold(), options.inFlight(), options.rawRecords());
        System.out.println("  machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + System.getProperty("java.version") + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
        Thread watcher = new Thread(bench::watch, "bench-stage-watcher");
        watcher.setDaemon(true);
        watcher.start();
        bench.warmUp();
        bench.rawKafka(options.rawRecords(), bench.averageEventBytes());
        List<String> uploaded = bench.uploadOnce();
        bench.phase("pipeline behind the front door: Kafka intake, OCR cached", options.warm(), options.inFlight(),
                bench.intake(uploaded));
        bench.drain(pipeline, options.drain(), uploaded);
        bench.phase("HTTP front door: multipart POST of 8 images, OCR cached", options.http(), options.inFlight(),
                bench.post(false));
        bench.phase("OCR cold: HTTP, fresh image bytes", options.cold(), Math.min(options.inFlight(), 8),
                bench.post(true));
        memory();
        bench.watching = false;
        watcher.join(5_000);
    }

    // ---- the anchor: the broker alone -----------------------------------------------------------------------

    private void rawKafka(int records, int size) throws Exception {
        if (records <= 0) {
            return;
        }
        String topic = "bench.raw-anchor." + run;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, Topics.PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            byte[] value = new byte[size];
            new java.util.Random(1).nextBytes(value);
            String load = loadAverage();
            long start = System.nanoTime();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig())) {
                // a new topic's leaders settle first: records sent before that are retried, which is not the anchor
                for (int p = 0; p < Topics.PARTITIONS; p++) {
                    sendWhenLed(producer, new ProducerRecord<>(topic, p, "warm-up", value));
                }
                start = System.nanoTime();
                for (int i = 0; i < records; i++) {
                    producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), value));
                }
                producer.flush();
            }
            double produce = records / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            long consumed = 0;
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
                List<TopicPartition> partitions = partitions(consumer, topic);
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                records += Topics.PARTITIONS;
                while (consumed < records && System.nanoTime() - start < 120_000_000_000L) {
                    consumed += consumer.poll(java.time.Duration.ofMillis(500)).count();
                }
            }
            double consume = consumed / ((System.nanoTime() - start) / 1e9);
            rawProduceRate = produce;
            System.out.printf("%n  raw Kafka, same broker, %d records of %d bytes, 6 partitions (load %s):%n"
                    + "    produce %.0f records/s (acks=all, idempotent, linger 5 ms)   consume %.0f records/s%n",
                    records, size, load, produce, consume);
            admin.deleteTopics(List.of(topic));
        }
    }

    private double rawProduceRate;

    private static void sendWhenLed(KafkaProducer<String, byte[]> producer, ProducerRecord<String, byte[]> record)
            throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                producer.send(record).get(10, TimeUnit.SECONDS);
                return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                if (attempt == 20) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return config;
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no partitions for " + topic);
    }

    // ---- the pipeline's own events: stage times --------------------------------------------------------------

    /** One submission as the bench saw it: when it was sent, and when each stage's event left its worker. */
    private final class Track {
        long[] at = new long[STAGES.length];
        volatile long sentAt;
        volatile long acceptedAt;
        private boolean done;
        private Semaphore release;
        private List<Long> latencies;

        Track(long sentAt, Semaphore release, List<Long> latencies) {
            this.sentAt = sentAt;
            this.release = release;
            this.latencies = latencies;
        }

        Track() {
            this(0, null, null);
        }

        synchronized void adopt(Track sent) {
            // one array for both: the bench reports from the track it sent, the watcher writes into this one
            synchronized (sent) {
                for (int i = 0; i < at.length; i++) {
                    sent.at[i] = Math.max(sent.at[i], at[i]);
                }
                at = sent.at;
            }
            sentAt = sent.sentAt;
            release = sent.release;
            latencies = sent.latencies;
            acceptedAt = sent.acceptedAt;
            completeIfDone();
        }

        synchronized void stage(int stage, long timestamp) {
            if (at[stage] == 0) {
                at[stage] = timestamp;
            }
            completeIfDone();
        }

        private void completeIfDone() {
            if (!done && sentAt != 0 && at[STAGES.length - 1] != 0 && at[3] != 0) {
                done = true;
                if (latencies != null) {
                    synchronized (latencies) {
                        latencies.add(at[STAGES.length - 1] - sentAt);
                    }
                }
                if (release != null) {
                    release.release();
                }
            }
        }

        synchronized boolean done() {
            return done;
        }
    }

    private void watch() {
        List<String> topics = new ArrayList<>();
        for (Topic<?> topic : Topics.all()) {
            topics.add(topic.name());
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                partitions.addAll(partitions(consumer, topic));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve "end" now, before the first submission
            while (watching) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(java.time.Duration.ofMillis(200))) {
                    seen(record);
                }
            }
        } catch (Exception e) {
            System.err.println("  bench watcher stopped: " + e);
        }
    }

    private void seen(ConsumerRecord<String, byte[]> record) {
        if (!record.topic().equals(Topics.INTAKE.name())) {
            pipelineRecords.incrementAndGet();
            pipelineBytes.addAndGet(record.serializedValueSize());
        }
        if (record.topic().equals(Topics.INTAKE_RESULT.name())) {
            IntakeResult result = serde.deserialize(Topics.INTAKE_RESULT, record.value());
            Track sent = byPortalId.remove(result.getPortalSubmissionId());
            if (sent != null && result.getAccepted()) {
                sent.acceptedAt = record.timestamp();
                tracks.computeIfAbsent(result.getQualificationId(), id -> new Track()).adopt(sent);
            } else if (sent != null) {
                System.err.println("  intake refused: " + result.getErrors());
            }
            return;
        }
        if (record.topic().equals(Topics.NOTIFICATION_REQUESTED.name())) {
            NotificationRequested requested = serde.deserialize(Topics.NOTIFICATION_REQUESTED, record.value());
            if (requested.getStatus() != QualificationStatus.UNDER_REVIEW) {
                decisionEmails.put(requested.getNotificationId(), requested.getQualificationId());
                emailed(requested.getNotificationId());
            }
            return;
        }
        if (record.topic().equals(Topics.NOTIFICATION_SENT.name())) {
            NotificationSent sent = serde.deserialize(Topics.NOTIFICATION_SENT, record.value());
            emailsSent.put(sent.getNotificationId(), record.timestamp());
            emailed(sent.getNotificationId());
            return;
        }
        if (record.topic().equals(Topics.SUBMISSION_RECEIVED.name())) {
            received.incrementAndGet();
        }
        for (int stage = 0; stage < STAGE_TOPICS.size(); stage++) {
            if (STAGE_TOPICS.get(stage).name().equals(record.topic()) && record.key() != null) {
                tracks.computeIfAbsent(record.key(), id -> new Track()).stage(stage, record.timestamp());
            }
        }
    }

    /** The two topics are read in no set order: whichever of request and answer comes second completes it. */
    private void emailed(String notificationId) {
        String qualification = decisionEmails.get(notificationId);
        Long sentAt = emailsSent.get(notificationId);
        if (qualification != null && sentAt != null) {
            tracks.computeIfAbsent(qualification, id -> new Track()).stage(STAGES.length - 1, sentAt);
        }
    }

    private int averageEventBytes() {
        long records = pipelineRecords.get();
        return records == 0 ? 512 : (int) (pipelineBytes.get() / records);
    }

    // ---- load ------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Submitter {
        /** Sends one submission and returns its track (already registered), or throws. */
        Track submit(Track track) throws Exception;
    }

    private void warmUp() throws Exception {
        Semaphore one = new Semaphore(0);
        post(false).submit(new Track(System.currentTimeMillis(), one, null));
        if (!one.tryAcquire(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the warm-up submission did not finish in 10 minutes");
        }
        System.out.printf("  warm-up: one submission (OCR reads the sample's images once), %d events on the pipeline's"
                + " topics (%d bytes on average)%n", pipelineRecords.get(), averageEventBytes());
    }

    private void phase(String name, int count, int inFlight, Submitter submitter) throws Exception {
        if (count <= 0) {
            return;
        }
        Semaphore slots = new Semaphore(inFlight);
        List<Long> latencies = new ArrayList<>();
        List<Track> sent = new ArrayList<>();
        String loadBefore = loadAverage();
        long cpuBefore = processCpuNanos();
        long recordsBefore = pipelineRecords.get();
        long start = System.currentTimeMillis();
        AtomicLong frontDoorNanos = new AtomicLong();
        ExecutorService senderPool = Executors.newFixedThreadPool(Math.min(inFlight, 16));
        java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
        for (int i = 0; i < count; i++) {
            slots.acquire();
            Track track = new Track(System.currentTimeMillis(), slots, latencies);
            sent.add(track);
            if (failure.get() != null) {
                throw new IllegalStateException("a submission failed: " + failure.get(), failure.get());
            }
            senderPool.execute(() -> {
                long t0 = System.nanoTime();
                try {
                    submitter.submit(track);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                    slots.release();
                }
                frontDoorNanos.addAndGet(System.nanoTime() - t0);
            });
        }
        senderPool.shutdown();
        senderPool.awaitTermination(10, TimeUnit.MINUTES);
        if (failure.get() != null) {
            throw new IllegalStateException("a submission failed: " + failure.get(), failure.get());
        }
        long sendEnd = System.currentTimeMillis();
        boolean finished = slots.tryAcquire(inFlight, 30, TimeUnit.MINUTES);
        long end = System.currentTimeMillis();
        if (!finished) {
            System.out.printf("    %d submissions did not finish within 30 minutes%n", inFlight - slots.availablePermits());
        }
        senderPool.shutdown();
        double seconds = (end - start) / 1000.0;
        long events = pipelineRecords.get() - recordsBefore;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf("%n  %s: %d submissions, at most %d in flight (load before %s, after %s)%n", name, count,
                inFlight, loadBefore, loadAverage());
        System.out.printf("    %.1f submissions/s end to end (%.1f s); sending took %.1f s (%.1f ms each on average)%n",
                count / seconds, seconds, (sendEnd - start) / 1000.0, frontDoorNanos.get() / 1e6 / count);
        System.out.printf("    %d events on the pipeline's topics: %.0f events/s = %.2f %% of raw Kafka's produce rate;"
                + " %d per submission%n", events, events / seconds, rawProduceRate == 0 ? 0 : 100 * events / seconds
                / rawProduceRate, count == 0 ? 0 : events / count);
        System.out.printf("    process CPU %.0f s (%.1f cores busy on average, %.1f ms CPU per submission, launcher JVM only)%n",
                cpu, cpu / seconds, 1000 * cpu / count);
        report("end to end (sent → last email)", latencies);
        String[] from = {"sent", STAGES[0], STAGES[1], STAGES[2], STAGES[3]};
        for (int stage = 0; stage < STAGES.length; stage++) {
            List<Long> step = new ArrayList<>();
            for (Track t : sent) {
                synchronized (t) {
                    long begin = stage == 0 ? t.sentAt : t.at[stage - 1];
                    if (begin != 0 && t.at[stage] != 0) {
                        step.add(t.at[stage] - begin);
                    }
                }
            }
            report(from[stage] + " → " + STAGES[stage], step);
        }
        if (name.startsWith("OCR")) {
            double images = 8.0 * count / seconds;
            System.out.printf("    OCR: %.2f images/s (%.2f per core of %d)%n", images,
                    images / Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * The stages behind the front door at their own pace: ocr-worker's consumers stop while {@code count} intakes
     * queue up as {@code submission-received} events, then start again; from then to the last decision's email is
     * the pipeline draining a backlog that no front door holds back.
     */
    private void drain(LocalPipeline pipeline, int count, List<String> uploaded) throws Exception {
        if (count <= 0) {
            return;
        }
        SubscriptionContainers ocr = pipeline.workers().stream()
                .filter(w -> "ocr-worker".equals(w.getEnvironment().getProperty("spring.application.name")))
                .findFirst().orElseThrow().getBean(SubscriptionContainers.class);
        ocr.stop();
        Semaphore finished = new Semaphore(0);
        List<Long> latencies = new ArrayList<>();
        List<Track> sent = new ArrayList<>();
        long receivedBefore = received.get();
        Submitter submitter = intake(uploaded);
        ExecutorService senderPool = Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<Track>> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Track track = new Track(System.currentTimeMillis(), finished, latencies);
            sent.add(track);
            sends.add(senderPool.submit(() -> submitter.submit(track)));
        }
        for (var send : sends) {
            send.get();
        }
        senderPool.shutdown();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (received.get() - receivedBefore < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String loadBefore = loadAverage();
        long cpuBefore = processCpuNanos();
        long recordsBefore = pipelineRecords.get();
        long start = System.currentTimeMillis();
        ocr.start();
        boolean all = finished.tryAcquire(count, 30, TimeUnit.MINUTES);
        double seconds = (System.currentTimeMillis() - start) / 1000.0;
        long events = pipelineRecords.get() - recordsBefore;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf("%n  backlog drain behind the front door: %d submissions queued as submission-received with"
                + " ocr-worker stopped, then drained (load before %s, after %s)%s%n", count, loadBefore, loadAverage(),
                all ? "" : "; NOT ALL FINISHED in 30 minutes");
        System.out.printf("    %.1f submissions/s (%.1f s); %d events: %.0f events/s = %.2f %% of raw Kafka's produce rate%n",
                count / seconds, seconds, events, events / seconds,
                rawProduceRate == 0 ? 0 : 100 * events / seconds / rawProduceRate);
        System.out.printf("    process CPU %.0f s (%.1f cores busy on average, %.1f ms CPU per submission)%n", cpu,
                cpu / seconds, 1000 * cpu / count);
        String[] from = {"sent", STAGES[0], STAGES[1], STAGES[2], STAGES[3]};
        for (int stage = 2; stage < STAGES.length; stage++) {
            List<Long> step = new ArrayList<>();
            for (Track t : sent) {
                synchronized (t) {
                    if (t.at[stage - 1] != 0 && t.at[stage] != 0) {
                        step.add(t.at[stage] - t.at[stage - 1]);
                    }
                }
            }
            report(from[stage] + " → " + STAGES[stage], step);
        }
    }

    private Submitter intake(List<String> uploaded) {
        return track -> {
            String portalId = "bench-" + run + "-" + variant.incrementAndGet();
            List<IntakeDocument> docs = new ArrayList<>();
            int d = 0;
            for (String type : documents.keySet()) {
                docs.add(new IntakeDocument(type, uploaded.get(d++)));
            }
            SubmissionIntake intake = SubmissionIntake.newBuilder().setEventId(UUID.randomUUID().toString())
                    .setPortalSubmissionId(portalId).setApplication(application).setDocuments(docs)
                    .setSentAt(Instant.now()).build();
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INTAKE.name(), portalId,
                    serde.serialize(Topics.INTAKE, intake));
            record.headers().add("x-api-key", apiKey.getBytes(StandardCharsets.UTF_8));
            byPortalId.put(portalId, track);
            intakeProducer().send(record).get();
            return track;
        };
    }

    private KafkaProducer<String, byte[]> producer;

    private synchronized KafkaProducer<String, byte[]> intakeProducer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig());
        }
        return producer;
    }

    private List<String> uploadOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, byte[]> d : documents.entrySet()) {
            Multipart form = new Multipart().part(d.getKey(), d.getKey() + ".png", "image/png", d.getValue());
            HttpResponse<String> response = send(form, "/v1/documents");
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() / 100 != 2 || !id.find()) {
                throw new IllegalStateException("upload refused: " + response.statusCode() + " " + response.body());
            }
            ids.add(id.group(1));
        }
        return ids;
    }

    private Submitter post(boolean fresh) {
        return track -> {
            Multipart form = new Multipart().json("application", application);
            long v = fresh ? variant.incrementAndGet() : 0;
            for (Map.Entry<String, byte[]> d : documents.entrySet()) {
                byte[] bytes = d.getValue();
                if (v > 0) {
                    byte[] suffix = ("bench-" + run + "-" + v).getBytes(StandardCharsets.US_ASCII);
                    bytes = Arrays.copyOf(bytes, bytes.length + suffix.length);
                    System.arraycopy(suffix, 0, bytes, d.getValue().length, suffix.length);
                }
                form.part(d.getKey(), d.getKey() + ".png", "image/png", bytes);
            }
            HttpResponse<String> response = send(form, "/v1/qualifications");
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() != 202 || !id.find()) {
                throw new IllegalStateException("submission refused: " + response.statusCode() + " " + response.body());
            }
            track.acceptedAt = System.currentTimeMillis();
            tracks.computeIfAbsent(id.group(1), x -> new Track()).adopt(track);
            return track;
        };
    }

    private HttpResponse<String> send(Multipart form, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ingestUrl + path))
                        .header("Content-Type", form.contentType()).header("X-Api-Key", apiKey)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---- reporting ---------------------------------------------------------------------------------------------

    private static void memory() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        var nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        System.out.printf("%n  memory: launcher JVM (six workers, broker, PostgreSQL client side, GreenMail) heap used after GC"
                        + " %d MiB of %d MiB committed (max %d MiB), non-heap %d MiB, RSS %s%n",
                heap.getUsed() >> 20, heap.getCommitted() >> 20, heap.getMax() >> 20, nonHeap.getUsed() >> 20,
                rss(ProcessHandle.current().pid()));
        ProcessHandle.current().descendants().forEach(p -> System.out.printf("    child %d %s: RSS %s%n", p.pid(),
                p.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("?"), rss(p.pid())));
    }

    private static String rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kb >> 10) + " MiB";
                }
            }
        } catch (Exception e) {
            // not Linux, or the process is gone
        }
        return "?";
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private static void report(String name, List<Long> millis) {
        if (millis.isEmpty()) {
            return;
        }
        double[] sorted;
        synchronized (millis) {
            sorted = millis.stream().mapToDouble(Long::doubleValue).sorted().toArray();
        }
        System.out.printf("    %-32s n=%-6d p50 %6.0f ms  p95 %6.0f ms  p99 %6.0f ms  max %6.0f ms%n", name, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
