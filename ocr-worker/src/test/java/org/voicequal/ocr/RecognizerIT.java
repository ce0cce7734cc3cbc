package org.voicequal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.DocumentRef;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Enterprise;
import org.voicequal.events.Person;
import org.voicequal.events.QualificationKind;
import org.voicequal.events.RecognitionCompleted;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognitionRequested;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.ocr.image.TestImages;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.pipeline.blob.FileSystemBlobStore;

/**
 * The worker's reading of a submission on real parts: PostgreSQL with ocr-worker's migrations, the blob
 * store, both OCR engines. An image is read once per document type; a bad image is recorded as unreadable
 * with its reason; an image missing from the store is not recorded at all, so that the event is retried.
 */
class RecognizerIT {

    private static final Path SAMPLES = Path.of("src", "test", "resources", "synthetic-sample");
    private static LocalPostgres postgres;
    private static final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private static Jdbi jdbi;
    private static OcrReading reading;
    private static ExecutorService pool;
    private static PersonalDataCipher cipher;
    private static BlobStore blobs;
    private static Recognizer recognizer;

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start(Files.createTempDirectory("ocr-pg"));
        Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                .schemas("ocr").defaultSchema("ocr").locations("classpath:db/pipeline", "classpath:db/ocr").load().migrate();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setCurrentSchema("ocr");
        jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        cipher = new PersonalDataCipher(key);
        blobs = new FileSystemBlobStore(Files.createTempDirectory("blobs"), cipher);
        reading = OcrReading.withDefaults();
        pool = Executors.newFixedThreadPool(2);
        recognizer = new Recognizer(reading.reader(), blobs, cipher, pool, jdbi, Clock.systemUTC(), meters);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        reading.close();
        postgres.close();
    }

    @Test
    void aSubmissionIsReadOnceAndItsReadingsAreReusedForTheSameImageAndType() throws Exception {
        DocumentRef licence = store(DocumentType.BUSINESS_LICENCE, Files.readAllBytes(SAMPLES.resolve("BUSINESS_LICENCE.png")));
        DocumentRef card = store(DocumentType.ADMIN_ID_FRONT, Files.readAllBytes(SAMPLES.resolve("ADMIN_ID_FRONT.png")));

        long licencesRead = reads("BUSINESS_LICENCE", "READ");
        double readBefore = meters.counter("ocr.document.lookups", "result", "read-before").count();
        Recognizer.Recognized first = recognizer.recognize(submission(licence, card));
        jdbi.useTransaction(tx -> recognizer.save(tx, first));
        Recognizer.Recognized again = recognizer.recognize(submission(licence, card));

        assertThat(first.fresh()).hasSize(2);
        assertThat(again.fresh()).isEmpty();
        // operators see each read timed once, and the reuse counted instead of timed
        assertThat(reads("BUSINESS_LICENCE", "READ")).isEqualTo(licencesRead + 1);
        assertThat(meters.counter("ocr.document.lookups", "result", "read-before").count()).isEqualTo(readBefore + 2);
        RecognizedField code = field(again.event().getDocuments().get(0), "creditCode");
        assertThat(cipher.open(code.getSealedValue())).isEqualTo("91330106MA27U4KB9J");
        assertThat(code.getConfirmed()).isTrue();
        assertThat(again.event().getDocuments().get(0).getSeals()).isNotEmpty();
        assertThat(cipher.open(field(again.event().getDocuments().get(1), "idNumber").getSealedValue()))
                .isEqualTo("330102199208080026");
        // the same image submitted as another document type is read as that type
        DocumentRef sameImageInHand = DocumentRef.newBuilder(card).setType(DocumentType.ADMIN_ID_IN_HAND).build();
        assertThat(recognizer.recognize(submission(sameImageInHand)).fresh()).hasSize(1);
    }

    @Test
    void badImagesAreRecordedUnreadableWithTheirReasonAndTheRestIsRead() throws Exception {
        DocumentRef huge = store(DocumentType.ADMIN_ID_IN_HAND, TestImages.pngHeaderOnly(40_000, 40_000));
        byte[] png = Files.readAllBytes(SAMPLES.resolve("LEGAL_REP_ID_BACK.png"));
        DocumentRef truncated = store(DocumentType.ADMIN_ID_BACK, Arrays.copyOf(png, png.length / 2));
        DocumentRef good = store(DocumentType.LEGAL_REP_ID_BACK, png);

        Recognizer.Recognized recognized = recognizer.recognize(submission(huge, truncated, good));

        List<RecognizedDocument> documents = recognized.event().getDocuments();
        assertThat(documents.get(0).getOutcome()).isEqualTo(RecognitionOutcome.FAILED);
        assertThat(reads(documents.get(0).getType().name(), "FAILED")).isPositive();
        assertThat(documents.get(0).getFailure()).contains("megapixel");
        assertThat(documents.get(1).getOutcome()).isEqualTo(RecognitionOutcome.FAILED);
        assertThat(documents.get(1).getFailure()).containsIgnoringCase("truncated");
        assertThat(documents.get(2).getOutcome()).isEqualTo(RecognitionOutcome.READ);
        assertThat(cipher.open(field(documents.get(2), "validTo").getSealedValue())).isEqualTo("2035-03-01");
    }

    @Test
    void anImageMissingFromTheStoreIsNotRecordedSoTheEventIsRetried() {
        DocumentRef missing = DocumentRef.newBuilder().setType(DocumentType.BUSINESS_LICENCE)
                .setBlobKey("sha256/" + "0".repeat(64)).setSha256("0".repeat(64)).setContentType("image/png")
                .setSizeBytes(10).build();

        assertThatThrownBy(() -> recognizer.recognize(submission(missing)))
                .isInstanceOf(BlobStore.BlobNotFoundException.class);
        int stored = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM document_reading WHERE sha256 = :sha")
                .bind("sha", "0".repeat(64)).mapTo(Integer.class).one());
        assertThat(stored).isZero();
    }

    @Test
    void aPortalsSingleImageIsReadLikeASubmissionsDocumentAndAnsweredUnderItsRequestId() throws Exception {
        DocumentRef back = store(DocumentType.ADMIN_ID_BACK, Files.readAllBytes(SAMPLES.resolve("ADMIN_ID_BACK.png")));
        RecognitionRequested request = RecognitionRequested.newBuilder().setEventId("e").setRequestId("r-1")
                .setDocument(back).setRequestedAt(Instant.EPOCH).build();

        Recognizer.Reading first = recognizer.recognize(request);
        jdbi.useTransaction(tx -> recognizer.save(tx, first));
        Recognizer.Reading again = recognizer.recognize(request);
        RecognitionCompleted answer = RecognitionRequests.answer(request, again, recognizer.engines(), Clock.systemUTC());

        assertThat(first.fresh()).isTrue();
        assertThat(again.fresh()).isFalse(); // the stored reading, as for a submission's image
        assertThat(answer.getRequestId()).isEqualTo("r-1");
        assertThat(answer.getDocument().getOutcome()).isEqualTo(RecognitionOutcome.READ);
        RecognizedField validTo = field(answer.getDocument(), "validTo");
        assertThat(validTo.getSealedValue()).startsWith("pd1:");
        assertThat(cipher.open(validTo.getSealedValue())).isEqualTo("2039-06-01");
    }

    private static RecognizedField field(RecognizedDocument document, String name) {
        return document.getFields().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    private static DocumentRef store(DocumentType type, byte[] image) {
        BlobStore.StoredBlob blob = blobs.put(image);
        return DocumentRef.newBuilder().setType(type).setBlobKey(blob.key()).setSha256(blob.sha256())
                .setContentType("image/png").setSizeBytes(blob.sizeBytes()).build();
    }

    private static SubmissionReceived submission(DocumentRef... documents) {
        return SubmissionReceived.newBuilder().setEventId("e").setQualificationId("q").setAccountId("a")
                .setKind(QualificationKind.ORDINARY).setQualificationName("n").setSubmittedAt(Instant.EPOCH)
                .setEnterprise(new Enterprise("BUSINESS_LICENCE", "杭州示例科技有限公司", "91330106MA27U4KB9J", null,
                        "有限责任公司", null, null, null, null, null))
                .setLegalRepresentative(new Person(cipher.seal("张伟"), "RESIDENT_ID", cipher.seal("330106198503150016"),
                        null, null, null))
                .setDocuments(List.of(documents)).build();
    }

    private static long reads(String type, String outcome) {
        Timer timer = meters.find("ocr.document.read").tags("type", type, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }
}
