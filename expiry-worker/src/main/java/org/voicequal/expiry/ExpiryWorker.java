package org.voicequal.expiry;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.time.ChinaTime;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.expiry.replacement.Replacement;
import org.voicequal.expiry.scan.ExpiryScan;
import org.voicequal.expiry.scan.ScanSchedule;
import org.voicequal.expiry.tracking.Tracking;
import org.voicequal.pipeline.PipelineConfiguration;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.pipeline.outbox.OutboxRelay;
import org.voicequal.schemas.Topics;

/**
 * expiry-worker: reads {@code SubmissionReceived} (the typed validity ends), {@code DocumentsRecognized} (the
 * ends OCR confirmed, which win) and {@code QualificationStatusChanged} (approvals, rejections), in any
 * order; publishes 即將過期 from {@code expiry.warn-days} before the earliest end and 已過期 from the day
 * after, each once, at once on approval or when the scan finds it due; and moves a qualification to
 * REPLACED when its renewal is approved.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(ExpiryProperties.class)
@Import(PipelineConfiguration.class)
public class ExpiryWorker {

    static final String GROUP = "expiry-worker";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ExpiryWorker.class).properties("spring.config.name=expiry-worker");
    }

    public static void main(String[] args) {
        SpringApplication app = application().build();
        app.run(args);
    }

    @Bean
    ExpiryCheck expiryCheck(ExpiryProperties settings, Clock clock, Outbox outbox) {
        return new ExpiryCheck(new ExpiryRule(settings.warnDays(), ChinaTime.ZONE), clock, outbox);
    }

    @Bean
    Tracking tracking(ExpiryCheck check, Clock clock, Outbox outbox, PersonalDataCipher cipher) {
        return new Tracking(check, new Replacement(clock, outbox), cipher, clock);
    }

    @Bean
    ExpiryScan expiryScan(Jdbi jdbi, ExpiryCheck check, OutboxRelay relay, Clock clock, ExpiryProperties settings) {
        return new ExpiryScan(jdbi, check, relay, clock, settings.scanBatchSize());
    }

    @Bean
    ScanSchedule scanSchedule(ExpiryScan scan, ExpiryProperties settings) {
        return new ScanSchedule(scan, settings);
    }

    @Bean
    EventSubscription<SubmissionReceived> submissionsToTrack(Tracking tracking) {
        return EventSubscription.on(Topics.SUBMISSION_RECEIVED, GROUP, tracking::submitted);
    }

    /**
     * Recognition rather than evaluation: DocumentsRecognized carries every confirmed read of the ends
     * themselves, under the field names of schemas' {@code Fields}, whereas SubmissionEvaluated carries a read
     * only where a rule chose to cite it as evidence.
     */
    @Bean
    EventSubscription<DocumentsRecognized> recognitionsToTrack(Tracking tracking) {
        return EventSubscription.on(Topics.DOCUMENTS_RECOGNIZED, GROUP + ".recognized", tracking::recognized);
    }

    @Bean
    EventSubscription<QualificationStatusChanged> statusesToTrack(Tracking tracking) {
        return EventSubscription.on(Topics.STATUS_CHANGED, GROUP + ".status", tracking::statusChanged);
    }
}
