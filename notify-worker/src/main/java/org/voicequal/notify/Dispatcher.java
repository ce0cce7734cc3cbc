package org.voicequal.notify;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.NotificationOutcome;
import org.voicequal.events.NotificationSent;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;

/**
 * Sends the pending emails: claims a batch (committed before sending), sends each with its fixed Message-ID
 * (the batch over one SMTP connection, {@link Emailer#open}),
 * and records each outcome in its own transaction together with its {@code NotificationSent}. A transient
 * failure puts only that email back, with a growing wait; a permanent one is recorded FAILED, published and
 * logged (ids only), and never tried again.
 *
 * <p>Exactly once is out of SMTP's reach: if the worker stops after the server took a message and before the
 * outcome is recorded, the next attempt sends it again, with the same Message-ID, and counts it in
 * {@code possible_duplicates}. Nothing else can send an email twice: each email is marked in flight, with a
 * lease of its own, only right before its SMTP conversation, and only while the claim is still this
 * dispatcher's.
 */
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Jdbi jdbi;
    private final Emailer emailer;
    private final PersonalDataCipher cipher;
    private final Outbox outbox;
    private final Clock clock;
    private final NotifyProperties.Dispatch settings;
    private final MeterRegistry meters;
    private final Object signal = new Object();
    private volatile boolean running;
    /** Started as a lifecycle (rather than driven by {@link #round()} alone): stopping then ends a round early. */
    private volatile boolean started;
    private final List<Thread> threads = new ArrayList<>();

    public Dispatcher(Jdbi jdbi, Emailer emailer, PersonalDataCipher cipher, Outbox outbox, Clock clock,
            NotifyProperties.Dispatch settings, MeterRegistry meters) {
        this.meters = meters;
        // present at zero from the start, so that rate() and an alert on "failed" work before the first failure
        List.of("sent", "retried", "failed").forEach(outcome -> meters.counter("notify.emails", "outcome", outcome));
        this.jdbi = jdbi;
        this.emailer = emailer;
        this.cipher = cipher;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
    }

    /** One round: returns how many emails it attempted. */
    public int round() {
        Instant now = clock.instant();
        Instant claimedUntil = leaseFrom(now);
        List<NotificationDao.Delivery> claimed = jdbi.inTransaction(tx -> Daos.attach(tx, NotificationDao.class)
                .claim(now, claimedUntil, settings.batchSize()));
        if (claimed.isEmpty()) {
            return 0;
        }
        // the batch over one connection: each email is still marked in flight, sent and recorded on its own
        try (Emailer.Session session = emailer.open()) {
            for (NotificationDao.Delivery delivery : claimed) {
                if (!running && started) {
                    break; // stopping: the rest are claimed, not started, and will be taken again after the lease
                }
                attempt(delivery, claimedUntil, session);
            }
        }
        return claimed.size();
    }

    private void attempt(NotificationDao.Delivery claimed, Instant claimedUntil, Emailer.Session session) {
        Optional<NotificationDao.Delivery> mine = jdbi.inTransaction(tx -> Daos.attach(tx, NotificationDao.class)
                .sending(claimed.notificationId(), claimed.recipientRole(), claimedUntil, leaseFrom(clock.instant())));
        if (mine.isEmpty()) {
            return; // the sends before it outlasted the batch's lease and another dispatcher took it over
        }
        NotificationDao.Delivery d = mine.get();
        try {
            session.send(new Email(cipher.open(d.sealedRecipient()), d.subject(), d.textBody(), d.htmlBody(), d.messageId()));
        } catch (RuntimeException e) {
            failed(d, e);
            return;
        }
        Instant at = clock.instant();
        jdbi.useTransaction(tx -> {
            Daos.attach(tx, NotificationDao.class).sent(d.notificationId(), d.recipientRole(), at);
            outbox.append(tx, Topics.NOTIFICATION_SENT, d.qualificationId(), event(d, at, NotificationOutcome.SENT, null));
        });
        count("sent");
    }

    /** {@code notify_emails_total{outcome}}: sent, retried (a transient SMTP failure), failed (for good). */
    private void count(String outcome) {
        meters.counter("notify.emails", "outcome", outcome).increment();
    }

    /**
     * The lease is also the claim's token ({@link NotificationDao#sending}), compared for equality in
     * PostgreSQL: cut to the microseconds it stores, so that the value read back is the value bound.
     */
    private Instant leaseFrom(Instant now) {
        return now.plus(settings.lease()).truncatedTo(ChronoUnit.MICROS);
    }

    private void failed(NotificationDao.Delivery d, RuntimeException e) {
        String why = SmtpFailures.describe(e);
        boolean permanent = SmtpFailures.classify(e) == SmtpFailures.Kind.PERMANENT;
        if (!permanent && d.attempts() < settings.maxAttempts()) {
            Instant next = clock.instant().plus(settings.backoffAfter(d.attempts()));
            jdbi.useTransaction(tx -> Daos.attach(tx, NotificationDao.class).retryLater(d.notificationId(), d.recipientRole(), next, why));
            count("retried");
            log.info("notification {} ({}) not sent, attempt {} ({}); next at {}", d.notificationId(), d.recipientRole(),
                    d.attempts(), why, next);
            return;
        }
        String reason = permanent ? why : "gave up after " + d.attempts() + " attempts: " + why;
        Instant at = clock.instant();
        jdbi.useTransaction(tx -> {
            Daos.attach(tx, NotificationDao.class).failed(d.notificationId(), d.recipientRole(), reason);
            outbox.append(tx, Topics.NOTIFICATION_SENT, d.qualificationId(), event(d, at, NotificationOutcome.FAILED, reason));
        });
        count("failed");
        log.warn("notification {} ({}) for qualification {} FAILED for good: {}", d.notificationId(), d.recipientRole(),
                d.qualificationId(), reason);
    }

    private static NotificationSent event(NotificationDao.Delivery d, Instant at, NotificationOutcome outcome, String failure) {
        return NotificationSent.newBuilder().setEventId(UUID.randomUUID().toString()).setNotificationId(d.notificationId())
                .setQualificationId(d.qualificationId()).setSentAt(at).setMessageId(d.messageId()).setOutcome(outcome)
                .setFailure(failure).setRecipientRole(d.recipientRole().name()).build();
    }

    private void loop() {
        while (running) {
            int attempted = 0;
            try {
                attempted = round();
            } catch (RuntimeException e) {
                log.warn("notification dispatch failed, trying again: {}", e.toString());
            }
            if (attempted < settings.batchSize()) {
                synchronized (signal) {
                    try {
                        signal.wait(settings.pollInterval().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /**
     * Starts {@code notify.dispatch.threads} dispatchers. They share nothing but the table: each claims its own
     * batches ({@code FOR UPDATE SKIP LOCKED}) and holds its own SMTP connection, exactly as dispatchers in
     * separate processes do, so an email is still claimed by one of them at a time.
     */
    @Override
    public synchronized void start() {
        running = true;
        started = true;
        threads.clear(); // those of an earlier start have ended or been given up on by its stop
        for (int i = 0; i < settings.threads(); i++) {
            Thread thread = new Thread(this::loop, settings.threads() == 1 ? "notify-dispatcher" : "notify-dispatcher-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
