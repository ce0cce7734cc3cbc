package org.voicequal.ocr;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.avro.AvroRuntimeException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.RecognitionRequested;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.ocr.reading.DocumentReader;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.pipeline.jdbi.Daos;

/**
 * Reads every document of a submission, in parallel across images, outside any database transaction (a
 * licence takes seconds; no connection is held meanwhile), reusing an earlier reading of the same image as
 * the same document type by the same reader. An image that cannot be read is a FAILED document with its
 * reason, not a failure of the submission: validation then asks a person. An image missing from the blob
 * store is not the image's fault: the exception travels to the error handler, which retries.
 */
public class Recognizer {

    private final DocumentReader reader;
    private final BlobStore blobs;
    private final PersonalDataCipher cipher;
    private final ExecutorService pool;
    private final Jdbi jdbi;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Counter readBefore;
    private final Counter notReadBefore;

    public Recognizer(DocumentReader reader, BlobStore blobs, PersonalDataCipher cipher, ExecutorService pool, Jdbi jdbi,
            Clock clock, MeterRegistry meters) {
        this.reader = reader;
        this.blobs = blobs;
        this.cipher = cipher;
        this.pool = pool;
        this.jdbi = jdbi;
        this.clock = clock;
        this.meters = meters;
        this.readBefore = meters.counter("ocr.document.lookups", "result", "read-before");
        this.notReadBefore = meters.counter("ocr.document.lookups", "result", "new");
    }

    /** What was read, and what of it is new: {@link #save} records the new readings in the caller's transaction. */
    public record Recognized(DocumentsRecognized event, List<RecognizedDocument> fresh) {
    }

    public Recognized recognize(SubmissionReceived submission) {
        List<Optional<RecognizedDocument>> earlier = earlierReadings(submission.getDocuments());
        List<Future<RecognizedDocument>> reads = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            DocumentRef ref = submission.getDocuments().get(i);
            reads.add(earlier.get(i).isPresent() ? null : pool.submit(() -> read(ref)));
        }
        List<RecognizedDocument> documents = new ArrayList<>();
        List<RecognizedDocument> fresh = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            if (reads.get(i) == null) {
                documents.add(earlier.get(i).get());
            } else {
                RecognizedDocument document = join(reads.get(i));
                documents.add(document);
                fresh.add(document);
            }
        }
        DocumentsRecognized event = DocumentsRecognized.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setQualificationId(submission.getQualificationId())
                .setRecognizedAt(clock.instant())
                .setEngine(reader.engines())
                .setDocuments(documents)
                .build();
        return new Recognized(event, fresh);
    }

    public void save(Handle transaction, Recognized recognized) {
        recognized.fresh().forEach(document -> saveReading(transaction, document));
    }

    /** One document's reading, and whether it is new: {@link #save(Handle, Reading)} then records it. */
    public record Reading(RecognizedDocument document, boolean fresh) {
    }

    /**
     * Reads one image on its own (a portal's pre-fill), the same way and with the same reuse as a submission's
     * documents, but on the calling thread: it is the consumer's own, so an interactive request does not queue
     * behind the images of submissions already waiting for {@code pool}.
     */
    public Reading recognize(RecognitionRequested request) {
        DocumentRef ref = request.getDocument();
        return earlierReadings(List.of(ref)).get(0).map(document -> new Reading(document, false))
                .orElseGet(() -> new Reading(read(ref), true));
    }

    public void save(Handle transaction, Reading reading) {
        if (reading.fresh()) {
            saveReading(transaction, reading.document());
        }
    }

    /** The engines and models that read, as events name them. */
    public String engines() {
        return reader.engines();
    }

    private void saveReading(Handle transaction, RecognizedDocument document) {
        Daos.attach(transaction, DocumentReadingDao.class)
                .save(document.getSha256(), document.getType().name(), reader.engines(), encode(document));
    }

    /**
     * Timed per document type and outcome ({@code ocr_document_read_seconds}): an operator sizes {@code ocr.threads}
     * and instances from it. Fetching the blob is part of it, as it is part of what a submission waits for.
     */
    private RecognizedDocument read(DocumentRef ref) {
        long start = System.nanoTime();
        RecognizedDocument document = RecognizedDocuments.of(ref, reader.read(ref.getType(), blobs.get(ref.getBlobKey())), cipher);
        Timer.builder("ocr.document.read").description("Time to read one image, by document type and outcome")
                .tags("type", ref.getType().name(), "outcome", document.getOutcome().name())
                .register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return document;
    }

    /**
     * Earlier readings of these images as these document types by this reader, in the order of {@code refs}: one
     * query for a submission's images, not one per image (a warm submission is eight cache hits).
     */
    private List<Optional<RecognizedDocument>> earlierReadings(List<DocumentRef> refs) {
        String[] hashes = refs.stream().map(DocumentRef::getSha256).distinct().toArray(String[]::new);
        Map<String, byte[]> stored = new HashMap<>();
        jdbi.withHandle(handle -> Daos.attach(handle, DocumentReadingDao.class).findAll(hashes, reader.engines()))
                .forEach(row -> stored.put(row.sha256() + "/" + row.documentType(), row.document()));
        List<Optional<RecognizedDocument>> earlier = new ArrayList<>(refs.size());
        for (DocumentRef ref : refs) {
            Optional<RecognizedDocument> reading = Optional.ofNullable(stored.get(ref.getSha256() + "/" + ref.getType().name()))
                    .flatMap(Recognizer::decode);
            // decoded afresh for this submission, so it is ours to change: no copy
            reading.ifPresent(document -> document.setDurationMillis(0L));
            (reading.isPresent() ? readBefore : notReadBefore).increment();
            earlier.add(reading);
        }
        return earlier;
    }

    private static byte[] encode(RecognizedDocument document) {
        try {
            ByteBuffer buffer = document.toByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a reading", e);
        }
    }

    /** Empty for a reading stored under an earlier schema: the image is then read again. */
    private static Optional<RecognizedDocument> decode(byte[] stored) {
        try {
            return Optional.of(RecognizedDocument.fromByteBuffer(ByteBuffer.wrap(stored)));
        } catch (IOException | AvroRuntimeException e) {
            return Optional.empty();
        }
    }

    private static RecognizedDocument join(Future<RecognizedDocument> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading documents", e);
        } catch (ExecutionException e) {
            // not the image's fault (a missing blob, an engine fault): the error handler retries the event
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("reading failed", e.getCause());
        }
    }
}
