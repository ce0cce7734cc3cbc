package org.voicequal.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.NotificationSent;
import org.voicequal.pipeline.PipelineConfiguration;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;

/**
 * notify-worker: reads {@code NotificationRequested}, opens the sealed recipient, sends the email through
 * SMTP, records it and writes {@code NotificationSent}. A notification already recorded is not sent again.
 * The send happens before the commit: if the commit then fails, a redelivery sends once more, with the same
 * Message-ID (at-least-once; the window is one database commit).
 */
@SpringBootApplication
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

    @Bean
    Emailer emailer(JavaMailSender sender, @Value("${notify.from}") String from) {
        return new SmtpEmailer(sender, from);
    }

    @Bean
    EventSubscription<NotificationRequested> notificationRequests(Emailer emailer, PersonalDataCipher cipher, Outbox outbox) {
        Clock clock = Clock.systemUTC();
        return EventSubscription.on(Topics.NOTIFICATION_REQUESTED, GROUP,
                (tx, request) -> send(tx, request, emailer, cipher, outbox, clock));
    }

    static void send(Handle tx, NotificationRequested request, Emailer emailer, PersonalDataCipher cipher, Outbox outbox,
            Clock clock) {
        boolean known = tx.createQuery("SELECT count(*) FROM notification WHERE notification_id = :id")
                .bind("id", request.getNotificationId()).mapTo(Integer.class).one() > 0;
        if (known) {
            return;
        }
        String messageId = "<" + request.getNotificationId() + "@voicequal>";
        emailer.send(new Email(cipher.open(request.getSealedRecipient()), Templates.subject(request),
                Templates.body(request), messageId));
        Instant now = clock.instant();
        tx.createUpdate("""
                        INSERT INTO notification (notification_id, qualification_id, template, sealed_recipient, message_id, sent_at)
                        VALUES (:id, :qualificationId, :template, :recipient, :messageId, :sentAt)""")
                .bind("id", request.getNotificationId()).bind("qualificationId", request.getQualificationId())
                .bind("template", request.getStatus().name()).bind("recipient", request.getSealedRecipient())
                .bind("messageId", messageId).bind("sentAt", now).execute();
        outbox.append(tx, Topics.NOTIFICATION_SENT, request.getQualificationId(), NotificationSent.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setNotificationId(request.getNotificationId())
                .setQualificationId(request.getQualificationId()).setSentAt(now).setMessageId(messageId).build());
    }
}
