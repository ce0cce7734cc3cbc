package org.voicequal.ocr;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.pipeline.PipelineConfiguration;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;

/**
 * ocr-worker: reads {@code SubmissionReceived}, fetches each document image by its claim check, reads it
 * with PP-OCR (page) and Tesseract (each field's crop, as the independent second reader), extracts every
 * field of the document's kind with its evidence, finds seals and whether it is a colour image, and writes
 * {@code DocumentsRecognized}. Reading happens before the database transaction, which only records the
 * result. What it read is sealed: OCR text of an ID card is personal data. {@link RecognitionRequests} reads a
 * portal's single images the same way, for pre-filling a form.
 */
@SpringBootApplication
@Import(PipelineConfiguration.class)
@EnableConfigurationProperties(OcrProperties.class)
public class OcrWorker {

    static final String GROUP = "ocr-worker";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(OcrWorker.class).properties("spring.config.name=ocr-worker");
    }

    public static void main(String[] args) {
        SpringApplication app = application().build();
        app.run(args);
    }

    @Bean(destroyMethod = "close")
    OcrReading ocrReading(OcrProperties properties) {
        return OcrReading.open(properties);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService ocrThreads(OcrProperties properties) {
        return Executors.newFixedThreadPool(properties.threads(), runnable -> {
            Thread thread = new Thread(runnable, "ocr");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    Recognizer recognizer(OcrReading reading, BlobStore blobs, PersonalDataCipher cipher, ExecutorService ocrThreads,
            Jdbi jdbi, MeterRegistry meters) {
        return new Recognizer(reading.reader(), blobs, cipher, ocrThreads, jdbi, Clock.systemUTC(), meters);
    }

    @Bean
    EventSubscription<SubmissionReceived> submissions(Recognizer recognizer, Outbox outbox) {
        return EventSubscription.prepared(Topics.SUBMISSION_RECEIVED, GROUP, submission -> {
            Recognizer.Recognized recognized = recognizer.recognize(submission);
            return (tx, event) -> {
                recognizer.save(tx, recognized);
                outbox.append(tx, Topics.DOCUMENTS_RECOGNIZED, event.getQualificationId(), recognized.event());
            };
        });
    }
}
