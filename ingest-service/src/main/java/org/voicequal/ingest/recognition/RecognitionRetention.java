package org.voicequal.ingest.recognition;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Deletes recognitions older than {@code ingest.recognition.retention}: what was read from an ID card is
 * personal data, kept only as long as a portal may still fetch a late answer. Every instance runs it; the
 * deletes are idempotent. (The image stays in the content-addressed blob store, which has no deletion yet.)
 */
@Component
class RecognitionRetention implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RecognitionRetention.class);
    private static final Duration EVERY = Duration.ofMinutes(10);

    private final ScheduledExecutorService scheduler;

    RecognitionRetention(Jdbi jdbi, RecognitionProperties properties, Clock clock) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "recognition-retention");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int deleted = jdbi.withExtension(RecognitionDao.class,
                        dao -> dao.deleteRequestedBefore(clock.instant().minus(properties.retention())));
                if (deleted > 0) {
                    log.info("deleted {} recognition(s) older than {}", deleted, properties.retention());
                }
            } catch (RuntimeException e) {
                log.warn("cannot delete old recognitions: {}", e.toString()); // tried again next time
            }
        }, EVERY.toMinutes(), EVERY.toMinutes(), TimeUnit.MINUTES);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
