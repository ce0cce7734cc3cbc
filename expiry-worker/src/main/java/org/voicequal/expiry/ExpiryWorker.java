package org.voicequal.expiry;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.voicequal.events.DocumentType;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.pipeline.PipelineConfiguration;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.pipeline.outbox.OutboxRelay;
import org.voicequal.schemas.StatusChanges;
import org.voicequal.schemas.Topics;

/**
 * expiry-worker: reads {@code SubmissionReceived} to learn each document's validity end (licence term,
 * legal representative's ID, administrator's ID) and {@code QualificationStatusChanged} to know which
 * qualifications are approved; a scan then publishes 即將過期 (7 days before) and 已過期 (the day after the
 * end), each once. When a renewal is approved, the qualification it renews is marked REPLACED.
 */
@SpringBootApplication
@EnableScheduling
@Import(PipelineConfiguration.class)
public class ExpiryWorker {

    static final String GROUP = "expiry-worker";
    private static final Logger log = LoggerFactory.getLogger(ExpiryWorker.class);

    private final Jdbi jdbi;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final ExpiryScanner scanner;

    public ExpiryWorker(Jdbi jdbi, Outbox outbox, OutboxRelay relay, Clock clock,
            @Value("${expiry.warn-days:7}") int warnDays) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.relay = relay;
        this.scanner = new ExpiryScanner(clock, warnDays);
    }

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ExpiryWorker.class).properties("spring.config.name=expiry-worker");
    }

    public static void main(String[] args) {
        SpringApplication app = application().build();
        app.run(args);
    }

    @Bean
    EventSubscription<SubmissionReceived> submissionsToTrack() {
        return EventSubscription.on(Topics.SUBMISSION_RECEIVED, GROUP, (tx, s) -> {
            ExpiryDao dao = tx.attach(ExpiryDao.class);
            dao.track(s.getQualificationId(), s.getAccountId(), s.getReplacesQualificationId());
            if (s.getEnterprise().getTermEnd() != null) {
                dao.trackDocument(s.getQualificationId(), DocumentType.BUSINESS_LICENCE.name(), s.getEnterprise().getTermEnd());
            }
            if (s.getLegalRepresentative().getIdValidTo() != null) {
                dao.trackDocument(s.getQualificationId(), DocumentType.LEGAL_REP_ID_BACK.name(),
                        s.getLegalRepresentative().getIdValidTo());
            }
            if (s.getAdministrator() != null && s.getAdministrator().getIdValidTo() != null) {
                dao.trackDocument(s.getQualificationId(), DocumentType.ADMIN_ID_BACK.name(), s.getAdministrator().getIdValidTo());
            }
        });
    }

    @Bean
    EventSubscription<QualificationStatusChanged> statusesToTrack() {
        return EventSubscription.on(Topics.STATUS_CHANGED, GROUP + ".status", this::statusChanged);
    }

    void statusChanged(Handle tx, QualificationStatusChanged change) {
        ExpiryDao dao = tx.attach(ExpiryDao.class);
        switch (change.getStatus()) {
            case APPROVED -> {
                dao.setActive(change.getQualificationId(), true);
                dao.find(change.getQualificationId()).map(ExpiryDao.Tracked::replaces).ifPresent(old -> {
                    if (dao.setActive(old, false) > 0) {
                        outbox.append(tx, Topics.STATUS_CHANGED, old, StatusChanges.of(ExpiryScanner.SOURCE, old,
                                change.getAccountId(), QualificationStatus.EXPIRED, QualificationStatus.REPLACED)
                                .at(change.getOccurredAt()));
                    }
                });
            }
            case REJECTED, REPLACED, WITHDRAWN, EXPIRED -> dao.setActive(change.getQualificationId(), false);
            default -> {
                // UNDER_REVIEW, EXPIRING_SOON: nothing changes for tracking
            }
        }
    }

    /** Runs at start and then every {@code expiry.scan-interval}; a batch per transaction. */
    @Scheduled(initialDelay = 5_000, fixedDelayString = "${expiry.scan-interval:1h}")
    public void scan() {
        int published;
        do {
            published = jdbi.inTransaction(tx -> {
                List<QualificationStatusChanged> changes = scanner.scan(tx, 200);
                changes.forEach(c -> outbox.append(tx, Topics.STATUS_CHANGED, c.getQualificationId(), c));
                return changes.size();
            });
            if (published > 0) {
                relay.wakeUp();
                log.info("expiry scan published {} status change(s)", published);
            }
        } while (published == 200);
    }
}
