package org.voicequal.ingest.recognition;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.RecognitionCompleted;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.consume.PoisonEventException;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.schemas.Topics;

/**
 * Reads ocr-worker's answers to recognition requests and stores each in its request's row, values sealed as
 * they arrived; then wakes the request if it waits on this instance. Every ingest instance shares one group:
 * each answer is stored once, by one of them, and the others find it in the database (see
 * {@link RecognitionWaiter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecognitionProperties.class)
public class RecognitionResults {

    static final String GROUP = "ingest-service.recognitions";

    @Bean
    EventSubscription<RecognitionCompleted> recognitionResultSubscription(PersonalDataCipher cipher, RecognitionWaiter waiter) {
        return EventSubscription.on(Topics.RECOGNITION_COMPLETED, GROUP, (handle, event) -> {
            UUID id = record(handle, event, cipher);
            handle.afterCommit(() -> waiter.answered(id));
        });
    }

    /** Stores the answer; an answer to a request already answered changes nothing (the first stands). */
    static UUID record(Handle handle, RecognitionCompleted event, PersonalDataCipher cipher) {
        UUID id = requestId(event);
        RecognitionDao dao = Daos.attach(handle, RecognitionDao.class);
        RecognitionDao.RecognitionRow request = dao.find(id).orElseThrow(() ->
                new PoisonEventException("recognition answer for a request ingest-service does not know"));
        RecognizedDocument document = event.getDocument();
        if (!request.sha256().equals(document.getSha256())) {
            throw new PoisonEventException("recognition answer for another image than the request's");
        }
        List<StoredField> fields = document.getFields().stream().map(StoredField::of).toList();
        requireSealed(fields, cipher);
        dao.answer(new RecognitionDao.RecognitionRow(id, null, document.getType().name(), document.getSha256(), null,
                event.getRecognizedAt(), document.getOutcome().name(), event.getEngine(), document.getFailure(),
                StoredField.toJson(fields)));
        return id;
    }

    private static UUID requestId(RecognitionCompleted event) {
        try {
            return UUID.fromString(event.getRequestId());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("recognition answer whose request id is not a UUID", e);
        }
    }

    /**
     * The contract says values are sealed: one that is not, or that this key cannot open, would put clear
     * personal data at rest here or break the caller's view later. Refuse it now, whole.
     */
    private static void requireSealed(List<StoredField> fields, PersonalDataCipher cipher) {
        for (StoredField field : fields) {
            if (field.sealedValue() == null) {
                continue;
            }
            try {
                cipher.open(field.sealedValue());
            } catch (IllegalArgumentException e) {
                // names the field, never the value: it may be personal data in clear
                throw new PoisonEventException("value of " + field.name() + " is not sealed with this key", e);
            }
        }
    }
}
