package org.voicequal.notify;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.pipeline.PipelineConfiguration;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.metrics.SnapshotGauges;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;

/**
 * notify-worker: reads {@code NotificationRequested} and records the intent to email each recipient (the
 * account's address, and the administrator's contact learnt from {@code SubmissionReceived} where it is an
 * email); the {@link Dispatcher} then sends each over SMTP with a Message-ID fixed per notification, retries
 * what fails for a while, and writes {@code NotificationSent} with the outcome.
 */
@SpringBootApplication
@EnableConfigurationProperties(NotifyProperties.class)
@Import(PipelineConfiguration.class)
public class NotifyWorker {

    static final String GROUP = "notify-worker";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(NotifyWorker.class).properties("spring.config.name=notify-worker");
    }

    public static void main(String[] args) {
        SpringApplication app = application().build();
        app.run(args);
    }

    /** SMTP; a test may register its own {@code emailer} singleton before the context starts. */
    @Bean
    @ConditionalOnMissingBean(Emailer.class)
    Emailer emailer(JavaMailSender sender, NotifyProperties settings) {
        return new SmtpEmailer(sender, settings.from());
    }

    @Bean
    Intents intents(PersonalDataCipher cipher, Clock clock, NotifyProperties settings) {
        return new Intents(cipher, clock, settings.messageIdDomain());
    }

    @Bean
    Dispatcher dispatcher(Jdbi jdbi, Emailer emailer, PersonalDataCipher cipher, Outbox outbox, Clock clock,
            NotifyProperties settings, MeterRegistry meters) {
        return new Dispatcher(jdbi, emailer, cipher, outbox, clock, settings.dispatch(), meters);
    }

    /** Emails still to send (new, or waiting for a retry): an SMTP outage shows here first. */
    @Bean
    SnapshotGauges pendingEmails(Jdbi jdbi) {
        return new SnapshotGauges(() -> Map.of("pending", jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM notification WHERE state = 'PENDING'").mapTo(Long.class).one())),
                List.of(new SnapshotGauges.Reading("notify.emails.pending", "pending",
                        "Emails waiting to be sent or retried", null)));
    }

    @Bean
    EventSubscription<NotificationRequested> notificationRequests(Intents intents) {
        return EventSubscription.on(Topics.NOTIFICATION_REQUESTED, GROUP, intents::requested);
    }

    @Bean
    EventSubscription<SubmissionReceived> administratorContacts(Intents intents) {
        return EventSubscription.on(Topics.SUBMISSION_RECEIVED, GROUP + ".submissions", intents::submitted);
    }
}
