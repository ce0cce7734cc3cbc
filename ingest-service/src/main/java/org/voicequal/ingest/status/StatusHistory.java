package org.voicequal.ingest.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.ingest.submission.QualificationDao;
import org.voicequal.pipeline.Json;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.consume.PoisonEventException;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;

/**
 * Reads status changes from every worker, appends them to the qualification's history, and asks
 * notify-worker to email the owner when a status concerns them (decided, expiring soon, expired). The
 * owner's address lives only here, sealed; it leaves in a sealed {@code NotificationRequested}.
 */
@Configuration(proxyBeanMethods = false)
public class StatusHistory {

    static final String GROUP = "ingest-service.status-history";
    /**
     * The status changes the owner is emailed about. UNDER_REVIEW is not among them: "received" is asked for
     * once, with the submission ({@link #notification}); the later UNDER_REVIEW of "waits for a person" is not news.
     */
    static final Set<QualificationStatus> NOTIFIED = EnumSet.of(QualificationStatus.APPROVED,
            QualificationStatus.REJECTED, QualificationStatus.EXPIRING_SOON, QualificationStatus.EXPIRED,
            QualificationStatus.NEEDS_MORE_MATERIAL, QualificationStatus.REPLACED);

    @Bean
    EventSubscription<QualificationStatusChanged> statusHistorySubscription(Outbox outbox,
            org.springframework.core.env.Environment env) {
        String locale = env.getProperty("ingest.locale", "zh-CN");
        return EventSubscription.on(Topics.STATUS_CHANGED, GROUP,
                (handle, event) -> record(handle, event, outbox, locale));
    }

    static void record(Handle handle, QualificationStatusChanged event, Outbox outbox, String locale) {
        QualificationDao dao = Daos.attach(handle, QualificationDao.class);
        UUID id = UUID.fromString(event.getQualificationId());
        QualificationDao.QualificationRow qualification = dao.find(id).orElseThrow(() ->
                new PoisonEventException("status change for a qualification ingest-service does not know"));
        String reasons = Json.reasons(event.getReasons());
        int appended = dao.appendStatus(new QualificationDao.StatusRow(event.getEventId(), id,
                event.getStatus().name(), reasons, event.getSource(), event.getOccurredAt()));
        if (appended == 0) {
            return; // written with the submission itself
        }
        dao.updateStatus(id, event.getStatus().name(), event.getOccurredAt());
        if (!event.getDocumentEnds().isEmpty()) {
            dao.setDocumentEnds(event.getEventId(), documentEnds(event));
        }
        if (NOTIFIED.contains(event.getStatus())) {
            outbox.append(handle, Topics.NOTIFICATION_REQUESTED, event.getQualificationId(),
                    notification(event, qualification.sealedNotificationEmail(), locale, qualification.name()));
        }
    }

    /** {@code [{"document": "ADMIN_ID_BACK", "validTo": "2026-12-01", "origin": "RECOGNIZED"}, ...]} */
    static String documentEnds(QualificationStatusChanged event) {
        StringBuilder json = new StringBuilder("[");
        for (var end : event.getDocumentEnds()) {
            json.append(json.length() > 1 ? "," : "").append("{\"document\":\"").append(end.getDocument().name())
                    .append("\",\"validTo\":").append(end.getValidTo() == null ? "null" : "\"" + end.getValidTo() + "\"")
                    .append(",\"origin\":\"").append(end.getOrigin().name()).append("\"}");
        }
        return json.append(']').toString();
    }

    /**
     * The email a status change asks for. Its notification id derives from the status event: one status change,
     * one notification, however often either is redelivered.
     */
    public static NotificationRequested notification(QualificationStatusChanged event, String sealedRecipient,
            String locale, String qualificationName) {
        return NotificationRequested.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setNotificationId(UUID.nameUUIDFromBytes(("notify:" + event.getEventId())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                .setQualificationId(event.getQualificationId())
                .setSealedRecipient(sealedRecipient)
                .setLocale(locale)
                .setQualificationName(qualificationName)
                .setStatus(event.getStatus())
                .setReasons(event.getReasons())
                .build();
    }
}
