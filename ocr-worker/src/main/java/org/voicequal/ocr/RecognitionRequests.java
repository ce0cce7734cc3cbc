package org.voicequal.ocr;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.voicequal.events.RecognitionCompleted;
import org.voicequal.events.RecognitionRequested;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;

/**
 * ocr-worker's second subscription: reads {@code RecognitionRequested} (a portal pre-filling a form), reads
 * its one image exactly as a submission's document is read (same reader, same reuse of earlier readings), and
 * answers {@code RecognitionCompleted} under the same request id. An image that cannot be read is an answer
 * too (outcome FAILED with its reason), so the portal learns at once to fill the form by hand; an image
 * missing from the blob store travels to the error handler and is retried, as for submissions.
 *
 * <p>Its own consumer group: a backlog of submissions must not delay a person waiting at a form, nor the
 * other way round.
 */
@Configuration(proxyBeanMethods = false)
public class RecognitionRequests {

    static final String GROUP = "ocr-worker.recognitions";

    @Bean
    EventSubscription<RecognitionRequested> recognitionRequestSubscription(Recognizer recognizer, Outbox outbox) {
        Clock clock = Clock.systemUTC();
        return EventSubscription.prepared(Topics.RECOGNITION_REQUESTED, GROUP, request -> {
            Recognizer.Reading reading = recognizer.recognize(request);
            RecognitionCompleted answer = answer(request, reading, recognizer.engines(), clock);
            return (tx, event) -> {
                recognizer.save(tx, reading);
                outbox.append(tx, Topics.RECOGNITION_COMPLETED, event.getRequestId(), answer);
            };
        });
    }

    static RecognitionCompleted answer(RecognitionRequested request, Recognizer.Reading reading, String engines,
            Clock clock) {
        return RecognitionCompleted.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setRequestId(request.getRequestId())
                .setRecognizedAt(clock.instant())
                .setEngine(engines)
                .setDocument(reading.document())
                .build();
    }
}
