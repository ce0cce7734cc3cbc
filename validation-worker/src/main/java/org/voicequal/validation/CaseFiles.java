package org.voicequal.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecordBase;
import org.jdbi.v3.core.Handle;
import org.voicequal.events.DocumentsRecognized;
import org.voicequal.events.NumberApplication;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.pipeline.jdbi.Daos;

/**
 * validation-worker's memory of each case: both halves as they arrived (Avro single-object encodings, personal
 * fields still sealed), read back with the schema they were written in, and the 400 numbers each holds.
 */
final class CaseFiles {

    private final StoredSchemas schemas;
    private final BinaryMessageDecoder<SubmissionReceived> submissions;
    private final BinaryMessageDecoder<DocumentsRecognized> recognitions;
    private final Map<Schema, BinaryMessageEncoder<SpecificRecordBase>> encoders = new ConcurrentHashMap<>();

    CaseFiles(StoredSchemas schemas) {
        this.schemas = schemas;
        this.submissions = SubmissionReceived.createDecoder(schemas);
        this.recognitions = DocumentsRecognized.createDecoder(schemas);
    }

    /** The two halves of a case that has both and is not evaluated yet, locked until the transaction ends. */
    record Complete(SubmissionReceived submission, DocumentsRecognized recognition) {
    }

    void putSubmission(Handle tx, SubmissionReceived submission) {
        CaseFileDao dao = Daos.attach(tx, CaseFileDao.class);
        dao.putSubmission(submission.getQualificationId(), encode(tx, submission));
    }

    /**
     * The evaluated submission now holds those of its 400 numbers no one else held: a number already held is
     * not taken, so an application refused for it does not in turn block the next one.
     */
    void hold(Handle tx, SubmissionReceived submission, Map<String, String> heldElsewhere) {
        NumberApplication numbers = submission.getNumberApplication();
        if (numbers == null) {
            return;
        }
        List<String> free = numbers.getNumbers().stream().filter(n -> !heldElsewhere.containsKey(n)).distinct().toList();
        if (!free.isEmpty()) {
            Daos.attach(tx, CaseFileDao.class).hold(free, submission.getQualificationId(), submission.getSubmittedAt());
        }
    }

    void putRecognition(Handle tx, DocumentsRecognized recognition) {
        Daos.attach(tx, CaseFileDao.class).putRecognition(recognition.getQualificationId(), encode(tx, recognition));
    }

    Optional<Complete> lockIfComplete(Handle tx, String qualificationId) {
        CaseFileDao.Row row = Daos.attach(tx, CaseFileDao.class).lock(qualificationId).orElseThrow();
        if (row.submission() == null || row.recognition() == null || row.evaluatedAt() != null) {
            return Optional.empty();
        }
        return Optional.of(new Complete(decode(submissions, row.submission(), qualificationId),
                decode(recognitions, row.recognition(), qualificationId)));
    }

    /** The submission of another qualification, e.g. the one a renewal replaces. */
    Optional<SubmissionReceived> submission(Handle tx, String qualificationId) {
        return Daos.attach(tx, CaseFileDao.class).submission(qualificationId).map(b -> decode(submissions, b, qualificationId));
    }

    /** Which of the submission's 400 numbers another live qualification holds: number → its id. */
    Map<String, String> numbersHeldElsewhere(Handle tx, SubmissionReceived submission) {
        NumberApplication numbers = submission.getNumberApplication();
        if (numbers == null || numbers.getNumbers().isEmpty()) {
            return Map.of();
        }
        Map<String, String> held = new LinkedHashMap<>();
        for (CaseFileDao.Holder holder : Daos.attach(tx, CaseFileDao.class).holders(List.copyOf(numbers.getNumbers()),
                submission.getQualificationId(), submission.getReplacesQualificationId())) {
            held.putIfAbsent(holder.number(), holder.qualificationId());
        }
        return held;
    }

    void markEvaluated(Handle tx, String qualificationId, String outcome) {
        Daos.attach(tx, CaseFileDao.class).markEvaluated(qualificationId, outcome);
    }

    /** The qualification no longer holds its numbers (rejected, withdrawn or replaced). */
    void releaseNumbers(Handle tx, String qualificationId, Instant at) {
        Daos.attach(tx, CaseFileDao.class).release(qualificationId, at);
    }

    private byte[] encode(Handle tx, SpecificRecordBase record) {
        schemas.remember(tx, record.getSchema());
        try {
            // an encoder fingerprints its schema when made: one per schema, not one per event
            ByteBuffer buffer = encoders.computeIfAbsent(record.getSchema(), schema ->
                    new BinaryMessageEncoder<>(SpecificData.getForSchema(schema), schema)).encode(record);
            byte[] out = new byte[buffer.remaining()];
            buffer.get(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T decode(BinaryMessageDecoder<T> decoder, byte[] bytes, String qualificationId) {
        try {
            return decoder.decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("stored case file of " + qualificationId + " is unreadable", e);
        }
    }
}
