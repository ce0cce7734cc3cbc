package org.voicequal.local;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.localinfra.Multipart;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.RegistryAvroDeserializer;

/**
 * A batch of clean submissions, each with its own notification address, posted a few at a time through
 * ingest's API as a portal would, and what became of them: their status changes as the public topic carries
 * them, their views, their emails. The images are the same in every submission, so ocr-worker reads them
 * once and answers the rest from its cache (by SHA-256): the batch exercises delivery, not OCR.
 *
 * <p>A portal retries a submission whose answer it did not get (ingest down, the connection cut, a 5xx) with
 * the same {@code Idempotency-Key}, so a retry can never become a second qualification.
 */
final class Submissions implements AutoCloseable {

    private static final int POSTERS = 4;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    record StatusEvent(String qualificationId, String status, String eventId) {
    }

    /** An answer to a submission that is neither its acceptance nor a failure a portal would retry (5xx). */
    record UnexpectedAnswer(int submission, int status, String headers, String body) {
    }

    private final SeparateWorkers workers;
    private final String account;
    private final String applicantKey;
    private final int count;
    private final Map<String, byte[]> documents;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, String> ids = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final List<UnexpectedAnswer> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService posters;
    private final List<Future<?>> posts = new ArrayList<>();
    private final List<StatusEvent> statusEvents = new ArrayList<>();
    private KafkaConsumer<String, SpecificRecord> statusConsumer;

    private Submissions(SeparateWorkers workers, String account, String applicantKey, int count, int inFlight)
            throws IOException {
        this.workers = workers;
        this.posters = Executors.newFixedThreadPool(inFlight);
        this.account = account;
        this.applicantKey = applicantKey;
        this.count = count;
        this.documents = Multipart.sampleDocuments(Samples.CLEAN);
    }

    /** Starts posting {@code count} submissions for a new account, four at a time; returns at once. */
    static Submissions post(SeparateWorkers workers, String account, int count) throws Exception {
        return post(workers, account, count, POSTERS);
    }

    /** Starts posting {@code count} submissions for a new account, {@code inFlight} at a time; returns at once. */
    static Submissions post(SeparateWorkers workers, String account, int count, int inFlight) throws Exception {
        Submissions batch = new Submissions(workers, account, workers.newAccount(account), count, inFlight);
        AtomicInteger next = new AtomicInteger();
        for (int p = 0; p < inFlight; p++) {
            batch.posts.add(batch.posters.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    batch.submit(i);
                }
                return null;
            }));
        }
        return batch;
    }

    int size() {
        return count;
    }

    int accepted() {
        return ids.size();
    }

    int retries() {
        return retries.get();
    }

    /** Answers neither 202 nor 5xx: a portal could not tell whether its submission was taken. */
    List<UnexpectedAnswer> unexpectedAnswers() {
        return List.copyOf(unexpected);
    }

    void awaitAccepted(int atLeast, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            failIfPostingFailed();
            return accepted() >= atLeast;
        });
    }

    void awaitAllAccepted(Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        for (Future<?> post : posts) {
            post.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        assertThat(accepted()).isEqualTo(count);
    }

    private void failIfPostingFailed() throws Exception {
        for (Future<?> post : posts) {
            if (post.isDone()) {
                post.get();
            }
        }
    }

    private void submit(int i) throws Exception {
        String application = Samples.application(Samples.CLEAN).replace("owner@example.com", recipient(i));
        Multipart form = new Multipart().json("application", application);
        documents.forEach((name, bytes) -> form.part(name, name + ".png", "image/png", bytes));
        HttpRequest request = HttpRequest.newBuilder(URI.create(workers.ingestUrl() + "/v1/qualifications"))
                .header("Content-Type", form.contentType()).header("X-Api-Key", applicantKey)
                .header("Idempotency-Key", account + "-" + i).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (true) {
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() == 202) {
                    ids.put(i, PipelineClient.JSON.readTree(answer.body()).get("id").asText());
                    return;
                }
                if (answer.statusCode() < 500) {
                    // recorded for the test to fail on, and retried like a 5xx so that the batch still completes
                    unexpected.add(new UnexpectedAnswer(i, answer.statusCode(), answer.headers().map().toString(),
                            answer.body()));
                }
            } catch (IOException unanswered) {
                // ingest is down or restarting: the portal tries again
            }
            assertThat(System.nanoTime()).as("submission %d accepted within 4 minutes", i).isLessThan(deadline);
            retries.incrementAndGet();
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
    }

    private String recipient(int i) {
        return account + "-" + i + "@example.com";
    }

    /** Waits until every submission's {@code APPROVED} is on the public topic, reading it from the start. */
    void awaitEveryOneApproved(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            readStatusEvents();
            Set<String> approved = statusEvents.stream().filter(e -> e.status().equals("APPROVED"))
                    .map(StatusEvent::qualificationId).collect(toSet());
            assertThat(approved).as("approved of %d", count).hasSize(count).containsAll(ids.values());
        });
    }

    /**
     * One qualification per submission, one distinct event id per transition (UNDER_REVIEW, then APPROVED),
     * and the view's history the same; a relay resend of the same event is allowed. Returns how many resends.
     */
    int assertOneEventPerTransition() throws Exception {
        readStatusEvents();
        assertThat(statusEvents.stream().map(StatusEvent::qualificationId).distinct())
                .as("qualifications of account %s", account).containsExactlyInAnyOrderElementsOf(ids.values());
        Map<String, Map<String, Set<String>>> eventIds = statusEvents.stream().collect(groupingBy(
                StatusEvent::qualificationId, groupingBy(StatusEvent::status, java.util.stream.Collectors.mapping(
                        StatusEvent::eventId, toSet()))));
        eventIds.forEach((id, byStatus) -> {
            assertThat(byStatus.keySet()).as("statuses of %s", id).containsExactlyInAnyOrder("UNDER_REVIEW", "APPROVED");
            byStatus.forEach((status, events) -> assertThat(events).as("event ids of %s %s", id, status).hasSize(1));
        });
        for (String id : ids.values()) {
            HttpResponse<String> view = http.send(HttpRequest.newBuilder(
                            URI.create(workers.ingestUrl() + "/v1/qualifications/" + id))
                    .header("X-Api-Key", applicantKey).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(PipelineClient.JSON.readTree(view.body()).get("history"))
                    .extracting(h -> h.get("status").asText()).as("history of %s", id)
                    .containsExactly("UNDER_REVIEW", "APPROVED");
        }
        return statusEvents.size() - (int) statusEvents.stream().map(StatusEvent::eventId).distinct().count();
    }

    /**
     * Per submission, one email per notification (the receipt and the decision): an email may arrive twice only
     * with the same Message-ID (sent again after a crash between the send and its record). Waits for them; returns
     * how many arrived again.
     */
    int assertOneEmailPerNotification(Duration atMost) {
        List<String> recipients = ids.keySet().stream().map(this::recipient).toList();
        Map<String, List<MimeMessage>> byRecipient = new ConcurrentHashMap<>();
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            byRecipient.clear();
            Set<String> ours = Set.copyOf(recipients);
            workers.messages().stream().filter(m -> ours.contains(PipelineClient.recipient(m)))
                    .forEach(m -> byRecipient.computeIfAbsent(PipelineClient.recipient(m), r -> new ArrayList<>()).add(m));
            assertThat(byRecipient.values().stream().filter(m -> m.stream().anyMatch(PipelineClient::isReceipt)
                    && m.stream().anyMatch(PipelineClient::isDecision))).as("recipients with both emails")
                    .hasSize(recipients.size());
        });
        int resends = 0;
        for (Map.Entry<String, List<MimeMessage>> emails : byRecipient.entrySet()) {
            Map<String, Long> copies = emails.getValue().stream().collect(groupingBy(Submissions::messageId, counting()));
            assertThat(copies).as("Message-IDs to %s", emails.getKey()).hasSize(2);
            resends += emails.getValue().size() - copies.size();
        }
        assertThat(byRecipient.values().stream().flatMap(List::stream).collect(groupingBy(Submissions::messageId,
                java.util.stream.Collectors.mapping(PipelineClient::recipient, toSet()))))
                .as("recipients per Message-ID").allSatisfy((messageId, to) -> assertThat(to).hasSize(1));
        return resends;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readStatusEvents() {
        if (statusConsumer == null) {
            Properties props = new Properties();
            props.put("bootstrap.servers", workers.bootstrapServers());
            props.put("schema.registry.url", workers.registryUrl());
            props.put("key.deserializer", StringDeserializer.class.getName());
            props.put("value.deserializer", RegistryAvroDeserializer.class.getName());
            statusConsumer = new KafkaConsumer<>(props);
            List<TopicPartition> partitions = statusConsumer.partitionsFor(Topics.STATUS_CHANGED.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            statusConsumer.assign(partitions);
            statusConsumer.seekToBeginning(partitions);
        }
        Map<TopicPartition, Long> end = statusConsumer.endOffsets(statusConsumer.assignment());
        while (end.entrySet().stream().anyMatch(e -> statusConsumer.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<String, SpecificRecord> r : statusConsumer.poll(Duration.ofMillis(500))) {
                QualificationStatusChanged change = (QualificationStatusChanged) r.value();
                if (change.getAccountId().equals(account)) {
                    statusEvents.add(new StatusEvent(change.getQualificationId(), change.getStatus().name(),
                            change.getEventId()));
                }
            }
        }
    }

    @Override
    public void close() {
        posters.shutdownNow();
        if (statusConsumer != null) {
            statusConsumer.close();
        }
    }
}
