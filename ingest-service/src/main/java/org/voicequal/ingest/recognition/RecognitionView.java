package org.voicequal.ingest.recognition;

import java.time.Instant;
import java.util.List;

/**
 * What {@code POST} and {@code GET /v1/recognitions} answer: each field read from the caller's image, in clear
 * (it is their own document, just uploaded), with how sure the reading is; or, in {@code fillByHand}, why the
 * portal should let its user type the form instead.
 *
 * @param failure     why ocr-worker could not read the image (technical, never a value read); UNREADABLE only
 * @param fillByHand  null when fields were read; otherwise the code ({@code timeout}, {@code pending},
 *                    {@code unreadable}, {@code nothing-read}) and what to tell the user, in English and Chinese
 */
public record RecognitionView(String id, String documentType, Status status, Instant requestedAt, Instant completedAt,
                              String engine, List<Field> fields, String failure, FillByHand fillByHand) {

    /** PENDING: not answered yet; the others are ocr-worker's outcomes. */
    public enum Status { PENDING, READ, NOTHING_READ, UNREADABLE }

    /**
     * @param value        normalized as validation compares it (ISO dates, LONG_TERM); null when not read
     * @param confidence   0..1, the leading engine's lowest character confidence over the value
     * @param agreement    BOTH_AGREE, ONE_ENGINE, DISAGREE or UNREAD
     * @param enginesAgree both engines read this same value
     * @param confirmed    safe to pre-fill without a second look: both engines agree, or one engine is above the
     *                     confidence the accuracy benchmark shows safe for this field
     */
    public record Field(String name, String value, double confidence, String agreement, boolean enginesAgree,
                        boolean confirmed) {
    }

    public record FillByHand(String code, String message, String messageZh) {
    }
}
