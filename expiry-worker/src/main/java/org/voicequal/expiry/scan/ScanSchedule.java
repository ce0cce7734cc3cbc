package org.voicequal.expiry.scan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.voicequal.expiry.ExpiryProperties;

/**
 * Runs the scan at start-up (after {@code expiry.scan-initial-delay}, first giving unscheduled rows a due
 * instant) and then every {@code expiry.scan-interval}. A failed scan is logged and tried again at the next
 * interval; nothing it did is lost, since each batch commits on its own.
 */
public class ScanSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScanSchedule.class);

    private final ExpiryScan scan;
    private final ExpiryProperties settings;
    private volatile boolean rescheduled;

    public ScanSchedule(ExpiryScan scan, ExpiryProperties settings) {
        this.scan = scan;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::run, settings.scanInterval(), settings.scanInitialDelay()));
    }

    void run() {
        try {
            if (!rescheduled) {
                int count = scan.reschedule();
                rescheduled = true;
                if (count > 0) {
                    log.info("gave {} tracked qualification(s) a schedule", count);
                }
            }
            scan.scan();
        } catch (RuntimeException e) {
            log.warn("expiry scan failed, next attempt in {}: {}", settings.scanInterval(), e.toString());
        }
    }
}
