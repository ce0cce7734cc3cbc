package org.voicequal.ocr;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.ocr.engine.OcrEngine;
import org.voicequal.ocr.image.ImageIntake;
import org.voicequal.pipeline.blob.BlobStore;

/**
 * Recognises every document of a submission, in parallel across images, reusing an earlier recognition of
 * the same image (by SHA-256 and engine). An image that cannot be read is reported as FAILED for that
 * document, not as a failure of the submission: validation then asks for a human or for a new image.
 */
public class Recognizer {

    private static final ImageIntake INTAKE = new ImageIntake();

    private final OcrEngine engine;
    private final BlobStore blobs;
    private final PersonalDataCipher cipher;
    private final ExecutorService pool;
    private final Clock clock;

    public Recognizer(OcrEngine engine, BlobStore blobs, PersonalDataCipher cipher, ExecutorService pool, Clock clock) {
        this.engine = engine;
        this.blobs = blobs;
        this.cipher = cipher;
        this.pool = pool;
        this.clock = clock;
    }

    public DocumentsRecognized recognize(Handle handle, SubmissionReceived submission) {
        RecognitionDao dao = handle.attach(RecognitionDao.class);
        List<Future<RecognizedDocument>> pending = new ArrayList<>();
        List<RecognizedDocument> documents = new ArrayList<>();
        for (DocumentRef ref : submission.getDocuments()) {
            Optional<RecognizedDocument> cached = dao.find(ref.getSha256(), engine.name()).map(row -> row.toDocument(ref));
            if (cached.isPresent()) {
                documents.add(cached.get());
            } else {
                pending.add(pool.submit(() -> recognize(ref)));
            }
        }
        for (Future<RecognizedDocument> future : pending) {
            RecognizedDocument document = join(future);
            dao.save(RecognitionDao.RecognitionRow.of(document, engine.name()));
            documents.add(document);
        }
        return DocumentsRecognized.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setQualificationId(submission.getQualificationId())
                .setRecognizedAt(clock.instant())
                .setEngine(engine.name())
                .setDocuments(documents)
                .build();
    }

    private RecognizedDocument recognize(DocumentRef ref) {
        long start = System.nanoTime();
        RecognizedDocument.Builder document = RecognizedDocument.newBuilder().setType(ref.getType())
                .setSha256(ref.getSha256()).setFields(List.of());
        try {
            // bounded in memory and time whatever the upload: too large, truncated, blank etc. become a reason
            java.awt.image.BufferedImage image = INTAKE.decode(blobs.get(ref.getBlobKey()));
            String text = engine.read(image).text();
            Map<String, String> fields = Map.of(); // interim: extraction is being rebuilt on line boxes
            document.setOutcome(text.isBlank() ? RecognitionOutcome.NOTHING_READ : RecognitionOutcome.READ)
                    .setSealedText(cipher.seal(text))
                    .setFields(fields.entrySet().stream()
                            .map(f -> new RecognizedField(f.getKey(), cipher.seal(f.getValue()))).toList());
        } catch (org.voicequal.ocr.image.UnreadableImageException | BlobStore.BlobNotFoundException e) {
            document.setOutcome(RecognitionOutcome.FAILED).setFailure(e.getMessage());
        }
        return document.setDurationMillis((System.nanoTime() - start) / 1_000_000).build();
    }

    private static RecognizedDocument join(Future<RecognizedDocument> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recognising", e);
        } catch (ExecutionException e) {
            // an engine fault (not the image's): let the error handler retry the whole event
            throw new IllegalStateException("recognition failed: " + e.getCause(), e.getCause());
        }
    }
}
