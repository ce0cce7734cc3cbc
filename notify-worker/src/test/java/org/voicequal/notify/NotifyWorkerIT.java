package org.voicequal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.Enterprise;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.Person;
import org.voicequal.events.QualificationKind;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.Reason;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.EmbeddedKafka;
import org.voicequal.localinfra.FreePort;
import org.voicequal.localinfra.LocalMail;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.schemas.Topic;
import org.voicequal.schemas.Topics;
import org.voicequal.schemas.registry.AvroEventSerde;
import org.voicequal.schemas.registry.SchemaRegistryClient;

/**
 * notify-worker on real parts: the KRaft broker, Apicurio, PostgreSQL and GreenMail (SMTP), started and
 * stopped the way a crash or an outage would. Assertions are on the GreenMail inbox.
 */
class NotifyWorkerIT {

    private static final List<AutoCloseable> infrastructure = new ArrayList<>();
    private static final byte[] KEY = new byte[32];
    private static final PersonalDataCipher CIPHER = new PersonalDataCipher(KEY);
    private static LocalPostgres postgres;
    private static EmbeddedKafka kafka;
    private static ApicurioRegistry registry;
    private static AvroEventSerde serde;
    private static KafkaProducer<String, byte[]> producer;
    private static Jdbi jdbi;

    private final List<ConfigurableApplicationContext> workers = new ArrayList<>();
    /** Holds a "crashed" dispatcher thread until its worker is closed, when nothing it does can be recorded. */
    private final CountDownLatch crashed = new CountDownLatch(1);
    private GreenMail smtp;

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createTempDirectory("notify-it");
        postgres = remember(LocalPostgres.start(null));
        kafka = remember(EmbeddedKafka.start(work.resolve("kafka")));
        registry = remember(ApicurioRegistry.start(null, work.resolve("registry.log")));
        serde = new AvroEventSerde(new SchemaRegistryClient(registry.confluentCompatibleUrl()), true);
        producer = remember(new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer()));
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(postgres.jdbcUrl());
        ds.setUser(postgres.username());
        ds.setPassword(postgres.password());
        ds.setCurrentSchema("notify");
        jdbi = Jdbi.create(ds);
    }

    @AfterAll
    static void stop() {
        for (int i = infrastructure.size() - 1; i >= 0; i--) {
            try {
                infrastructure.get(i).close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }

    @AfterEach
    void stopWorkers() {
        workers.forEach(ConfigurableApplicationContext::close);
        crashed.countDown(); // its connection pool is closed: the released thread fails and ends
        if (smtp != null) {
            smtp.stop();
        }
    }

    private ConfigurableApplicationContext worker(int smtpPort, Emailer emailer) {
        return worker(smtpPort, emailer, Map.of());
    }

    private ConfigurableApplicationContext worker(int smtpPort, Emailer emailer, Map<String, Object> settings) {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", postgres.jdbcUrl());
        p.put("spring.datasource.username", postgres.username());
        p.put("spring.datasource.password", postgres.password());
        p.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        p.put("pipeline.schema-registry-url", registry.confluentCompatibleUrl());
        p.put("pipeline.personal-data-key", Base64.getEncoder().encodeToString(KEY));
        p.put("pipeline.outbox.poll-interval", "100ms");
        p.put("spring.mail.host", "127.0.0.1");
        p.put("spring.mail.port", smtpPort);
        p.put("spring.mail.properties.mail.smtp.connectiontimeout", 2000);
        p.put("notify.dispatch.poll-interval", "100ms");
        p.put("notify.dispatch.lease", "3s");
        p.put("notify.dispatch.initial-backoff", "200ms");
        p.put("notify.dispatch.max-backoff", "1s");
        p.putAll(settings);
        SpringApplicationBuilder app = NotifyWorker.application();
        if (emailer != null) {
            app.initializers(ctx -> ctx.getBeanFactory().registerSingleton("emailer", emailer));
        }
        ConfigurableApplicationContext context = app.run(p.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        workers.add(context);
        return context;
    }

    private GreenMail smtpOn(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(30_000); // its 2 s default is too short on a busy machine (as in LocalMail)
        smtp = new GreenMail(setup);
        smtp.start();
        return smtp;
    }

    private static <V extends org.apache.avro.specific.SpecificRecord> void publish(Topic<V> topic, String key, V event) {
        producer.send(new ProducerRecord<>(topic.name(), key, serde.serialize(topic, event)));
        producer.flush();
    }

    private static NotificationRequested request(String notificationId, String qualificationId, String to) {
        return NotificationRequested.newBuilder().setEventId(UUID.randomUUID().toString()).setNotificationId(notificationId)
                .setQualificationId(uuid(qualificationId)).setSealedRecipient(CIPHER.seal(to)).setQualificationName("示例資質")
                .setStatus(QualificationStatus.EXPIRING_SOON).setReasons(List.of(new Reason("DOCUMENT_EXPIRING:BUSINESS_LICENCE",
                        "營業執照有效期至2027-03-10", "the business licence is valid until 2027-03-10"))).build();
    }

    private List<MimeMessage> inboxOf(String to) {
        return List.of(smtp.getReceivedMessages()).stream().filter(m -> recipient(m).equals(to)).toList();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(MimeMessage.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The row's state, attempts, possible duplicates and last error; empty until the request is consumed. */
    private static Map<String, Object> row(String notificationId, String role) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT state, attempts, possible_duplicates, last_error FROM notification
                        WHERE notification_id = :id AND recipient_role = :role""")
                .bind("id", notificationId).bind("role", role).mapToMap().findOne().orElse(Map.of()));
    }

    @Test
    void killedBetweenTheServersAcceptanceAndTheRecordThenRestartedWithEveryEventRedeliveredOnlyThatEmailArrivesTwiceWithItsMessageIdAndCounted()
            throws Exception {
        int port = FreePort.pick();
        smtpOn(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<NotificationRequested> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(request("n-" + run + "-" + i, "q-" + run + "-" + i, "owner-" + run + "-" + i + "@example.com"));
        }
        // Given a worker that dies right after the server took the third of this run's emails, before recording
        // it. Only this run's emails count: a row another test left pending must not be the one the crash hits.
        AtomicInteger sends = new AtomicInteger();
        AtomicReference<String> crashedAfter = new AtomicReference<>();
        org.springframework.mail.javamail.JavaMailSenderImpl sender = new org.springframework.mail.javamail.JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        SmtpEmailer smtpEmailer = new SmtpEmailer(sender, "no-reply@voicequal.local");
        worker(port, email -> {
            smtpEmailer.send(email); // returns once the server has replied 250 to the message
            if (email.messageId().contains(run) && sends.incrementAndGet() == 3) {
                crashedAfter.set(email.messageId());
                hang(crashed); // the process is gone: nothing after the send happens
            }
        });
        requests.forEach(r -> publish(Topics.NOTIFICATION_REQUESTED, r.getQualificationId(), r));
        await().atMost(Duration.ofSeconds(60)).until(() -> crashedAfter.get() != null);
        String crashedId = crashedAfter.get();
        NotificationRequested crashedRequest = requests.stream()
                .filter(r -> crashedId.equals("<" + r.getNotificationId() + "@voicequal>")).findFirst().orElseThrow();
        // the crash really is inside the window: the server has the email, the row has no outcome
        assertThat(smtp.getReceivedMessages()).extracting(NotifyWorkerIT::messageId).containsOnlyOnce(crashedId);
        Map<String, Object> interruptedRow = jdbi.withHandle(h -> h.createQuery("""
                        SELECT state, in_flight FROM notification WHERE notification_id = :id AND recipient_role = 'OWNER'""")
                .bind("id", crashedRequest.getNotificationId()).mapToMap().one());
        assertThat(interruptedRow).containsEntry("state", "PENDING").containsEntry("in_flight", true);

        // When every event is delivered again, as itself and as a fresh request for the same notification,
        requests.forEach(r -> publish(Topics.NOTIFICATION_REQUESTED, r.getQualificationId(), r));
        requests.forEach(r -> publish(Topics.NOTIFICATION_REQUESTED, r.getQualificationId(),
                NotificationRequested.newBuilder(r).setEventId(UUID.randomUUID().toString()).build()));
        // and the worker is killed and started again
        workers.get(workers.size() - 1).close();
        worker(port, null);

        // Then every owner has their email once, except the one the crash interrupted: twice, with its one
        // Message-ID, and counted on its row; no other row counts a duplicate
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (NotificationRequested r : requests) {
                assertThat(row(r.getNotificationId(), "OWNER")).containsEntry("state", "SENT");
            }
        });
        Thread.sleep(2_000); // anything still on its way would arrive now
        for (int i = 0; i < requests.size(); i++) {
            NotificationRequested r = requests.get(i);
            List<MimeMessage> inbox = inboxOf("owner-" + run + "-" + i + "@example.com");
            boolean interrupted = r == crashedRequest;
            assertThat(inbox.stream().map(NotifyWorkerIT::messageId))
                    .as("owner %d: every copy carries the notification's Message-ID", i)
                    .containsOnly("<" + r.getNotificationId() + "@voicequal>")
                    .hasSize(interrupted ? 2 : 1);
            assertThat(row(r.getNotificationId(), "OWNER")).as("owner %d", i)
                    .containsEntry("possible_duplicates", interrupted ? 1 : 0)
                    .containsEntry("attempts", interrupted ? 2 : 1);
        }
        assertThat(smtp.getReceivedMessages()).filteredOn(m -> messageId(m).contains(run))
                .as("nothing else was sent").hasSize(requests.size() + 1);
    }

    @Test
    void severalDispatchersInOneProcessShareTheBacklogAndSendEveryEmailExactlyOnce() throws Exception {
        int port = FreePort.pick();
        smtpOn(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        org.springframework.mail.javamail.JavaMailSenderImpl sender = new org.springframework.mail.javamail.JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        SmtpEmailer smtpEmailer = new SmtpEmailer(sender, "no-reply@voicequal.local");
        java.util.Set<String> senders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        // Given a worker with three dispatchers, each claiming five emails at a time, and a server that takes a
        // moment per email (so that one dispatcher cannot empty the backlog before the others look)
        Emailer slowSmtp = new Emailer() {
            @Override
            public void send(Email email) {
                smtpEmailer.send(email);
            }

            @Override
            public Session open() {
                Session session = smtpEmailer.open();
                return new Session() {
                    @Override
                    public void send(Email email) {
                        senders.add(Thread.currentThread().getName());
                        sleep(20);
                        session.send(email);
                    }

                    @Override
                    public void close() {
                        session.close();
                    }
                };
            }
        };
        worker(port, slowSmtp, Map.of("notify.dispatch.threads", 3, "notify.dispatch.batch-size", 5));
        List<NotificationRequested> requests = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            requests.add(request("n-" + run + "-" + i, "q-" + run + "-" + i, "owner-" + run + "-" + i + "@example.com"));
        }

        // When sixty notifications are requested at once
        requests.forEach(r -> producer.send(new ProducerRecord<>(Topics.NOTIFICATION_REQUESTED.name(),
                r.getQualificationId(), serde.serialize(Topics.NOTIFICATION_REQUESTED, r))));
        producer.flush();

        // Then every owner gets exactly one email, each row is SENT after one attempt, and more than one
        // dispatcher did the sending
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (NotificationRequested r : requests) {
                assertThat(row(r.getNotificationId(), "OWNER")).containsEntry("state", "SENT");
            }
        });
        Thread.sleep(1_000); // a second copy still on its way would arrive now
        assertThat(smtp.getReceivedMessages()).filteredOn(m -> messageId(m).contains(run))
                .extracting(NotifyWorkerIT::messageId)
                .hasSize(requests.size())
                .doesNotHaveDuplicates();
        for (NotificationRequested r : requests) {
            assertThat(row(r.getNotificationId(), "OWNER")).containsEntry("attempts", 1).containsEntry("possible_duplicates", 0);
        }
        assertThat(senders).as("dispatcher threads that sent").hasSizeGreaterThan(1)
                .allMatch(name -> name.startsWith("notify-dispatcher-"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void whileSmtpIsDownEmailsWaitAndArriveWhenItIsBackABadAddressFailsOnceAndTheAdministratorIsToldToo()
            throws Exception {
        int port = FreePort.pick(); // nothing listens there yet: the server is down
        String run = UUID.randomUUID().toString().substring(0, 8);
        MeterRegistry meters = worker(port, null).getBean(MeterRegistry.class);
        double pendingBefore = meters.get("notify.emails.pending").gauge().value(); // other tests' leftovers
        String q = "q-" + run;
        publish(Topics.SUBMISSION_RECEIVED, q, submission(q, "admin-" + run + "@example.com"));
        List<NotificationRequested> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(request("n-" + run + "-" + i, i == 0 ? q : q + "-" + i, "owner-" + run + "-" + i + "@example.com"));
        }
        NotificationRequested bad = request("n-" + run + "-bad", q + "-bad", "not an address@@example.com");
        requests.forEach(r -> publish(Topics.NOTIFICATION_REQUESTED, r.getQualificationId(), r));
        publish(Topics.NOTIFICATION_REQUESTED, bad.getQualificationId(), bad);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (NotificationRequested r : requests) {
                assertThat(((Number) row(r.getNotificationId(), "OWNER").getOrDefault("attempts", 0)).intValue())
                        .as("retried while the server is down").isGreaterThanOrEqualTo(3);
                assertThat(row(r.getNotificationId(), "OWNER")).containsEntry("state", "PENDING");
            }
            assertThat(row(bad.getNotificationId(), "OWNER")).containsEntry("state", "FAILED")
                    .containsEntry("attempts", 1).containsEntry("last_error", "malformed address");
        });
        // an operator sees the outage: retries counted, the four owners' emails waiting (and the administrator's,
        // once its contact has met its request)
        assertThat(meters.counter("notify.emails", "outcome", "retried").count()).isGreaterThanOrEqualTo(12);
        assertThat(meters.counter("notify.emails", "outcome", "failed").count()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(meters.get("notify.emails.pending").gauge().value()).isGreaterThanOrEqualTo(pendingBefore + 4));

        smtpOn(port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int i = 0; i < requests.size(); i++) {
                assertThat(inboxOf("owner-" + run + "-" + i + "@example.com")).as("owner %d", i).hasSize(1);
            }
            assertThat(inboxOf("admin-" + run + "@example.com")).as("the administrator of " + q).singleElement()
                    .satisfies(m -> assertThat(m.getMessageID()).isEqualTo("<n-" + run + "-0.admin@voicequal>"));
        });
        // each recorded once, as sent, with no attempt left in doubt (the record follows the server's reply)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (NotificationRequested r : requests) {
                assertThat(row(r.getNotificationId(), "OWNER")).containsEntry("state", "SENT").containsEntry("possible_duplicates", 0);
            }
            assertThat(row(requests.get(0).getNotificationId(), "ADMINISTRATOR")).containsEntry("state", "SENT")
                    .containsEntry("possible_duplicates", 0);
        });
        MimeMessage one = inboxOf("owner-" + run + "-0@example.com").get(0);
        MimeMultipart parts = (MimeMultipart) one.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(LocalMail.text(one)).contains("營業執照有效期至2027-03-10").contains("valid until 2027-03-10");
        assertThat(row(bad.getNotificationId(), "OWNER")).as("never tried again").containsEntry("attempts", 1);
        assertThat(meters.counter("notify.emails", "outcome", "sent").count()).isEqualTo(5);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(meters.get("notify.emails.pending").gauge().value()).isEqualTo(pendingBefore));
        assertThat(inboxOf("not an address@@example.com")).isEmpty();
    }

    /** The UUID a label stands for: qualification ids are UUIDs, or the consumers dead-letter the event. */
    private static String uuid(String label) {
        return UUID.nameUUIDFromBytes(label.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static SubmissionReceived submission(String qualificationId, String adminContact) {
        Person person = Person.newBuilder().setSealedName(CIPHER.seal("張三")).setIdType("RESIDENT_ID")
                .setSealedIdNumber(CIPHER.seal("110101199003071234")).setSealedContact(CIPHER.seal(adminContact)).build();
        return SubmissionReceived.newBuilder().setEventId(UUID.randomUUID().toString()).setQualificationId(uuid(qualificationId))
                .setAccountId("acct").setKind(QualificationKind.ORDINARY).setQualificationName("示例資質")
                .setSubmittedAt(Instant.now()).setEnterprise(Enterprise.newBuilder().setCertificateType("BUSINESS_LICENCE")
                        .setName("示例").build())
                .setLegalRepresentative(person).setAdministrator(person).setDocuments(List.<DocumentRef>of()).build();
    }

    private static void hang(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T extends AutoCloseable> T remember(T resource) {
        infrastructure.add(resource);
        return resource;
    }
}
