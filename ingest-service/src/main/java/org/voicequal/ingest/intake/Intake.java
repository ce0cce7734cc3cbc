package org.voicequal.ingest.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.voicequal.events.IntakeFieldError;
import org.voicequal.events.IntakeResult;
import org.voicequal.events.SubmissionIntake;
import org.voicequal.ingest.account.AccountNotFoundException;
import org.voicequal.ingest.account.Accounts;
import org.voicequal.ingest.account.Caller;
import org.voicequal.ingest.account.Role;
import org.voicequal.ingest.submission.FieldError;
import org.voicequal.ingest.submission.IdempotencyKeyReusedException;
import org.voicequal.ingest.submission.InvalidSubmissionException;
import org.voicequal.ingest.submission.QualificationController;
import org.voicequal.ingest.submission.SubmissionForm;
import org.voicequal.ingest.submission.SubmissionProblems;
import org.voicequal.ingest.submission.SubmissionService;
import org.voicequal.pipeline.consume.DeadLetterListener;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.pipeline.outbox.OutboxRelay;
import org.voicequal.schemas.Topics;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka-native front door: {@code SubmissionIntake} records, each authenticated by the applicant's API key
 * in its {@code x-api-key} header, go through exactly the checks and the service of
 * {@code POST /v1/qualifications}, with the portal's submission id as the Idempotency-Key. Every record is
 * answered on {@code qualification.intake-result.v1} under its key: accepted (from the outbox, in the
 * transaction that records the record as processed) or refused with field-level reasons (from the outbox too,
 * just before the record goes to the dead-letter topic).
 *
 * <p>The key travels in a header, not a field, so that the account cannot be set by the record's content; it is
 * removed from the record before anything could copy it (the dead-letter topic copies headers). The topic's
 * ACLs must let only portals write and only ingest-service read it.
 */
@Configuration(proxyBeanMethods = false)
public class Intake {

    static final String GROUP = "ingest-service.intake";
    public static final String KEY_HEADER = "x-api-key";
    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    @Bean
    EventSubscription<SubmissionIntake> intakeSubscription(Accounts accounts, SubmissionService submissions,
            UploadedDocuments uploads, Outbox outbox, JsonMapper json, Clock clock) {
        return EventSubscription.preparedWithHeaders(Topics.INTAKE, GROUP, (intake, headers) -> {
            Submitted accepted = submit(intake, apiKey(headers), accounts, submissions, uploads, json);
            IntakeResult result = IntakeResult.newBuilder().setEventId(UUID.randomUUID().toString())
                    .setPortalSubmissionId(intake.getPortalSubmissionId()).setAccountId(accepted.account())
                    .setAccepted(true).setQualificationId(accepted.submitted().id().toString()).setErrors(List.of())
                    .setAnsweredAt(clock.instant().truncatedTo(ChronoUnit.MILLIS)).build();
            return (handle, event) -> outbox.append(handle, Topics.INTAKE_RESULT, intake.getPortalSubmissionId(), result);
        });
    }

    /** Answers every dead-lettered intake record (refused, or unreadable) and strips its key header first. */
    @Bean
    DeadLetterListener intakeRefusals(Jdbi jdbi, Outbox outbox, OutboxRelay relay, Clock clock) {
        return (record, cause) -> {
            if (!record.topic().equals(Topics.INTAKE.name())) {
                return;
            }
            apiKey(record.headers());
            if (!(record.key() instanceof String portalSubmissionId)) {
                log.warn("intake record without a key at {}-{}@{}: no one to answer", record.topic(), record.partition(),
                        record.offset());
                return;
            }
            IntakeRefusedException refused = refusal(cause);
            List<FieldError> errors = refused != null ? refused.errors() : List.of(new FieldError("record", "unreadable",
                    "is not a SubmissionIntake this registry knows", "不是可讀取的 SubmissionIntake 記錄"));
            IntakeResult result = IntakeResult.newBuilder().setEventId(UUID.randomUUID().toString())
                    .setPortalSubmissionId(portalSubmissionId).setAccountId(refused == null ? null : refused.accountId())
                    .setAccepted(false).setQualificationId(null)
                    .setErrors(errors.stream().map(e -> new IntakeFieldError(e.field(), e.code(), e.message(), e.messageZh()))
                            .toList())
                    .setAnsweredAt(clock.instant().truncatedTo(ChronoUnit.MILLIS)).build();
            // through the outbox, in a transaction of its own: once committed, the answer is sent whatever happens
            // next; a crash before the dead-letter copy redelivers the record, which is refused (and answered) again
            jdbi.useTransaction(handle -> outbox.append(handle, Topics.INTAKE_RESULT, portalSubmissionId, result));
            relay.wakeUp();
        };
    }

    private record Submitted(String account, SubmissionService.Submitted submitted) {
    }

    private static Submitted submit(SubmissionIntake intake, String apiKey, Accounts accounts,
            SubmissionService submissions, UploadedDocuments uploads, JsonMapper json) {
        Caller caller = accounts.authenticate(apiKey).filter(c -> c.role() == Role.APPLICANT)
                .orElseThrow(() -> new IntakeRefusedException(null, List.of(new FieldError(KEY_HEADER, "unauthenticated",
                        "the record needs an applicant's API key in its x-api-key header",
                        "記錄頭 x-api-key 中須有申請人的 API 密鑰"))));
        String account = caller.accountId();
        SubmissionForm form;
        try {
            form = json.readValue(intake.getApplication(), SubmissionForm.class);
        } catch (RuntimeException e) {
            throw new IntakeRefusedException(account, List.of(SubmissionProblems.unreadableField(e)));
        }
        Map<String, List<SubmissionService.Upload>> named = new LinkedHashMap<>();
        List<FieldError> missing = new ArrayList<>();
        Map<String, SubmissionService.StoredImage> stored = uploads.images(account,
                intake.getDocuments().stream().map(d -> d.getDocumentId().toString()).toList());
        for (int i = 0; i < intake.getDocuments().size(); i++) {
            var document = intake.getDocuments().get(i);
            SubmissionService.StoredImage image = stored.get(document.getDocumentId().toString());
            if (image != null) {
                named.computeIfAbsent(document.getType(), t -> new ArrayList<>()).add(SubmissionService.Upload.stored(image));
            } else {
                missing.add(new FieldError("documents[" + i + "].documentId", "not-found",
                        "is not a document this account uploaded (POST /v1/documents)", "不是本賬號上傳的證件"));
            }
        }
        if (!missing.isEmpty()) {
            throw new IntakeRefusedException(account, missing);
        }
        QualificationController.Parts parts = QualificationController.Parts.of(named);
        boolean number400 = accounts.find(account).orElseThrow(AccountNotFoundException::new).number400Enabled();
        try {
            return new Submitted(account, submissions.submit(account, number400, form, parts.documents(),
                    parts.attachments(), parts.unknown(), "intake:" + intake.getPortalSubmissionId()));
        } catch (InvalidSubmissionException e) {
            throw new IntakeRefusedException(account, e.errors());
        } catch (IdempotencyKeyReusedException e) {
            throw new IntakeRefusedException(account, List.of(new FieldError("portalSubmissionId", "reused",
                    "was already used for another submission", "已用於另一個提交")));
        }
    }

    /** The key in the record's header, removed from the record so that nothing copies it onwards. */
    private static String apiKey(Headers headers) {
        Header header = headers.lastHeader(KEY_HEADER);
        headers.remove(KEY_HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static IntakeRefusedException refusal(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IntakeRefusedException refused) {
                return refused;
            }
        }
        return null;
    }
}
