package org.voicequal.pipeline.consume;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.voicequal.pipeline.PipelineProperties;

/**
 * Deletes inbox rows ({@code processed_event}) older than {@code pipeline.inbox.retention}, on a schedule and in
 * bounded batches: each batch is its own short statement, so a large first clean-up never locks the inbox that
 * the consumers insert into. Why the retention must exceed the longest redelivery window is on
 * {@link PipelineProperties.Inbox}. Every instance of a worker may run it: deleting the same old rows twice is
 * harmless.
 */
public class InboxRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxRetention.class);

    private final Jdbi jdbi;
    private final PipelineProperties.Inbox settings;
    private ScheduledExecutorService scheduler;

    public InboxRetention(Jdbi jdbi, PipelineProperties.Inbox settings) {
        this.jdbi = jdbi;
        this.settings = settings;
    }

    /** Deletes every inbox row older than the retention, batch by batch; returns how many it deleted. */
    public long purge() {
        // the database's clock, which stamped processed_at, not the workers' (shifted in demos by clock-offset)
        long seconds = settings.retention().toSeconds();
        long deleted = 0;
        int batch;
        do {
            batch = jdbi.withHandle(handle -> handle.createUpdate("""
                            DELETE FROM processed_event WHERE ctid IN (
                                SELECT ctid FROM processed_event WHERE processed_at < now() - make_interval(secs => :seconds) LIMIT :limit)""")
                    .bind("seconds", seconds).bind("limit", settings.purgeBatchSize()).execute());
            deleted += batch;
        } while (batch == settings.purgeBatchSize() && isRunningOrCalledDirectly());
        if (deleted > 0) {
            log.info("inbox retention deleted {} events processed more than {} ago", deleted, settings.retention());
        }
        return deleted;
    }

    private boolean isRunningOrCalledDirectly() {
        return scheduler == null || !scheduler.isShutdown();
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            // the database may be away; the next run catches up, nothing depends on this one
            log.warn("inbox retention failed, retried in {}: {}", settings.purgeInterval(), e.toString());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-retention");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.purgeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
