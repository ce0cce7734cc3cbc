package org.voicequal.ocr;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.ocr.engine.BundledTesseract;
import org.voicequal.ocr.engine.OcrEngine;
import org.voicequal.ocr.engine.TesseractEngine;
import org.voicequal.pipeline.PipelineConfiguration;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.pipeline.consume.EventSubscription;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.Topics;

/**
 * ocr-worker: reads {@code SubmissionReceived}, fetches each document image by its claim check, recognises
 * it with Tesseract, extracts the decisive fields (credit code, ID numbers, validity), and writes
 * {@code DocumentsRecognized}. What it read is sealed: OCR text of an ID card is personal data.
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
    OcrEngine ocrEngine(OcrProperties properties) {
        if (properties.natives() == OcrProperties.Natives.BUNDLED) {
            BundledTesseract.installNatives();
        }
        Path models = properties.tessdata() != null ? properties.tessdata() : BundledTesseract.installModels();
        return new TesseractEngine(models, properties.language());
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
    Recognizer recognizer(OcrEngine engine, BlobStore blobs, PersonalDataCipher cipher, ExecutorService ocrThreads) {
        return new Recognizer(engine, blobs, cipher, ocrThreads, Clock.systemUTC());
    }

    @Bean
    EventSubscription<SubmissionReceived> submissions(Recognizer recognizer, Outbox outbox) {
        return EventSubscription.on(Topics.SUBMISSION_RECEIVED, GROUP, (tx, submission) ->
                outbox.append(tx, Topics.DOCUMENTS_RECOGNIZED, submission.getQualificationId(),
                        recognizer.recognize(tx, submission)));
    }
}
