package org.voicequal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.Enterprise;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.Person;
import org.voicequal.events.QualificationKind;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.Reason;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.localinfra.LocalPostgres;

/**
 * Recording recipients on real PostgreSQL with the worker's own migrations, where the two topics' consumers
 * meet: a request and the submission that names its administrator, in transactions that overlap.
 */
class IntentsIT {

    private static final PersonalDataCipher CIPHER = new PersonalDataCipher(new byte[32]);
    private static LocalPostgres postgres;
    private static Jdbi jdbi;
    private static final ExecutorService background = Executors.newFixedThreadPool(2);
    private final Intents intents = new Intents(CIPHER, Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC),
            "voicequal");

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start(Files.createTempDirectory("notify-pg"));
        Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                .schemas("notify").defaultSchema("notify")
                .locations("classpath:db/pipeline", "classpath:db/notify").load().migrate();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setCurrentSchema("notify");
        jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    @AfterAll
    static void stop() {
        background.shutdownNow();
        postgres.close();
    }

    @Test
    void aSubmissionConsumedWhileItsRequestIsStillUncommittedStillAddsTheAdministrator() throws Exception {
        String q = UUID.randomUUID().toString();

        // When the submission naming the administrator is consumed while the request's transaction is still open
        overlapping(tx -> intents.requested(tx, request("n-" + q, q, "owner@example.com")),
                tx -> intents.submitted(tx, submission(q, "admin@example.com")));

        // Then the notification goes to both
        assertThat(roles("n-" + q)).containsExactlyInAnyOrder("OWNER", "ADMINISTRATOR");
    }

    @Test
    void aRequestConsumedWhileItsSubmissionIsStillUncommittedStillAddsTheAdministrator() throws Exception {
        String q = UUID.randomUUID().toString();

        overlapping(tx -> intents.submitted(tx, submission(q, "admin@example.com")),
                tx -> intents.requested(tx, request("n-" + q, q, "owner@example.com")));

        assertThat(roles("n-" + q)).containsExactlyInAnyOrder("OWNER", "ADMINISTRATOR");
    }

    /**
     * Runs {@code first} in a transaction left open while {@code second} starts in its own, as the two topics'
     * consumers can; then lets {@code first} commit and waits for both.
     */
    private static void overlapping(HandleConsumer<RuntimeException> first, HandleConsumer<RuntimeException> second)
            throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        Future<Void> one = inBackground(() -> jdbi.useTransaction(tx -> {
            first.useHandle(tx);
            firstDone.countDown();
            mayCommit.await();
        }));
        assertThat(firstDone.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Void> two = inBackground(() -> jdbi.useTransaction(second));
        Thread.sleep(300); // long enough for the second transaction to have looked, had it not waited
        mayCommit.countDown();
        one.get(30, TimeUnit.SECONDS);
        two.get(30, TimeUnit.SECONDS);
    }

    @Test
    void anAdministratorWhoIsTheOwnerGetsNoSecondEmail() {
        String q = UUID.randomUUID().toString();
        jdbi.useTransaction(tx -> intents.submitted(tx, submission(q, "Owner@Example.com")));
        jdbi.useTransaction(tx -> intents.requested(tx, request("n-" + q, q, "owner@example.com")));

        assertThat(roles("n-" + q)).containsExactly("OWNER");
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Future<Void> inBackground(Work work) {
        return background.submit(() -> {
            work.run();
            return null;
        });
    }

    private static List<String> roles(String notificationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT recipient_role FROM notification WHERE notification_id = :id")
                .bind("id", notificationId).mapTo(String.class).list());
    }

    private static NotificationRequested request(String notificationId, String qualificationId, String to) {
        return NotificationRequested.newBuilder().setEventId(UUID.randomUUID().toString()).setNotificationId(notificationId)
                .setQualificationId(qualificationId).setSealedRecipient(CIPHER.seal(to)).setQualificationName("示例資質")
                .setStatus(QualificationStatus.EXPIRING_SOON).setReasons(List.of(new Reason("DOCUMENT_EXPIRING:BUSINESS_LICENCE",
                        "營業執照有效期至2027-03-10", "the business licence is valid until 2027-03-10"))).build();
    }

    private static SubmissionReceived submission(String qualificationId, String adminContact) {
        Person person = Person.newBuilder().setSealedName(CIPHER.seal("張三")).setIdType("RESIDENT_ID")
                .setSealedIdNumber(CIPHER.seal("110101199003071234")).setSealedContact(CIPHER.seal(adminContact)).build();
        return SubmissionReceived.newBuilder().setEventId(UUID.randomUUID().toString()).setQualificationId(qualificationId)
                .setAccountId("acct").setKind(QualificationKind.ORDINARY).setQualificationName("示例資質")
                .setSubmittedAt(Instant.now()).setEnterprise(Enterprise.newBuilder().setCertificateType("BUSINESS_LICENCE")
                        .setName("示例").build())
                .setLegalRepresentative(person).setAdministrator(person).setDocuments(List.of()).build();
    }
}
