package org.voicequal.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;

class DocumentUploadsTest {

    private static final byte[] GOOD = ImageDimensionsTest.png(1200, 800);

    @Test
    void anAcceptableImageHasNoProblemAndItsContentTypeComesFromItsContent() {
        assertThat(DocumentUploads.check("BUSINESS_LICENCE", GOOD)).isEmpty();
        assertThat(DocumentUploads.contentType(ImageDimensionsTest.jpeg(1200, 800))).isEqualTo("image/jpeg");
    }

    @Test
    void eachRefusalIsNamedByTheFieldWithItsCode() {
        assertThat(codes("ADMIN_ID_FRONT", ImageDimensionsTest.png(40_000, 40_000))).containsExactly("ADMIN_ID_FRONT:dimensions");
        assertThat(codes("ADMIN_ID_FRONT", ImageDimensionsTest.png(50, 800))).containsExactly("ADMIN_ID_FRONT:dimensions");
        assertThat(codes("ADMIN_ID_FRONT", "just text".getBytes())).containsExactly("ADMIN_ID_FRONT:format");
        assertThat(codes("ADMIN_ID_FRONT", new byte[(int) ImageFormat.MAX_BYTES + 1])).containsExactly("ADMIN_ID_FRONT:too-large");
        assertThat(codes("ADMIN_ID_FRONT", Arrays.copyOf(GOOD, 12))).containsExactly("ADMIN_ID_FRONT:unreadable");
    }

    /** A submission's images are refused exactly as an upload on its own is. */
    @Test
    void aSubmissionRefusesTheSameImagesWithTheSameCodesAndMessages() {
        List<byte[]> images = List.of(GOOD, ImageDimensionsTest.png(40_000, 40_000), ImageDimensionsTest.png(50, 800),
                "just text".getBytes(), new byte[(int) ImageFormat.MAX_BYTES + 1], Arrays.copyOf(GOOD, 12));
        for (byte[] image : images) {
            Map<DocumentType, byte[]> documents = SubmissionChecksTest.allDocuments();
            documents.put(DocumentType.BUSINESS_LICENCE, image);
            List<FieldError> submission = SubmissionChecks.check(SubmissionChecksTest.valid(), documents, Set.of());
            assertThat(DocumentUploads.check("BUSINESS_LICENCE", image)).isEqualTo(submission);
        }
    }

    @Test
    void partNamesAreDocumentTypesInEitherSpelling() {
        assertThat(DocumentUploads.typeOf("BUSINESS_LICENCE")).hasValue(DocumentType.BUSINESS_LICENCE);
        assertThat(DocumentUploads.typeOf(" admin-id-front ")).hasValue(DocumentType.ADMIN_ID_FRONT);
        assertThat(DocumentUploads.typeOf("selfie")).isEmpty();
    }

    private static List<String> codes(String field, byte[] image) {
        return DocumentUploads.check(field, image).stream().map(e -> e.field() + ":" + e.code()).toList();
    }
}
