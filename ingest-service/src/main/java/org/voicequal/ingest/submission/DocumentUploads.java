package org.voicequal.ingest.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voicequal.events.DocumentType;

/**
 * What every uploaded document image must be, wherever it is uploaded: a part named by its
 * {@link DocumentType}, a JPG, PNG or GIF recognised by content, at most 5 MB, with pixel dimensions read from
 * its header and bounded before anything decodes it. Messages name the limit, never the content.
 *
 * <p>{@code POST /v1/recognitions}, {@code POST /v1/documents} and {@link SubmissionChecks} all check images here.
 */
public final class DocumentUploads {

    private DocumentUploads() {
    }

    /** The document type a multipart part's name stands for: {@code BUSINESS_LICENCE}, {@code admin-id-front}... */
    public static Optional<DocumentType> typeOf(String partName) {
        String normalized = partName.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (DocumentType type : DocumentType.values()) {
            if (type.name().equals(normalized)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The problems of one image, reported under {@code field}; empty when it may be stored. */
    public static List<FieldError> check(String field, byte[] bytes) {
        List<FieldError> errors = new ArrayList<>();
        if (bytes.length > ImageFormat.MAX_BYTES) {
            errors.add(new FieldError(field, "too-large", "is " + bytes.length + " bytes; each image may be at most 5 MB",
                    "每張圖片不大於5 MB"));
        } else if (ImageFormat.detect(bytes).isEmpty()) {
            errors.add(new FieldError(field, "format", "is not a JPG, PNG or GIF image", "只支持JPG、PNG、GIF、JPEG格式的圖片"));
        } else {
            // from the header only, before anything decodes the image (OCR would spend gigabytes on a bomb)
            Optional<ImageDimensions> dimensions = ImageDimensions.read(bytes);
            if (dimensions.isEmpty()) {
                errors.add(new FieldError(field, "unreadable", "its image header (width and height) cannot be read",
                        "無法讀取圖片頭信息(寬度和高度)"));
            } else if (!dimensions.get().acceptable()) {
                ImageDimensions d = dimensions.get();
                errors.add(new FieldError(field, "dimensions", "is " + d.width() + " × " + d.height()
                        + " pixels; an image may have at most " + ImageDimensions.MAX_PIXELS / 1_000_000
                        + " megapixels and at least " + ImageDimensions.MIN_SIDE + " pixels on each side",
                        "圖片為" + d.width() + "×" + d.height() + "像素;不得超過" + ImageDimensions.MAX_PIXELS / 1_000_000
                                + "百萬像素,每邊不少於" + ImageDimensions.MIN_SIDE + "像素"));
            }
        }
        return errors;
    }

    /** The content type an image that passed {@link #check} is stored with. */
    public static String contentType(byte[] bytes) {
        return ImageFormat.detect(bytes).orElseThrow(() -> new IllegalArgumentException("not a checked image"));
    }
}
