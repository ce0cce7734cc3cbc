package org.voicequal.ingest.recognition;

import java.util.List;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.ingest.recognition.RecognitionView.FillByHand;
import org.voicequal.ingest.recognition.RecognitionView.Status;

/** A stored recognition as its caller sees it: values opened, and the advice to fill by hand when nothing useful was read. */
final class RecognitionViews {

    static final FillByHand TIMEOUT = new FillByHand("timeout",
            "The document could not be read in time: fill the form by hand. The reading may still arrive at this"
                    + " recognition's address (GET /v1/recognitions/{id}).",
            "證件識別超時,請手動填寫;稍後可通過 GET /v1/recognitions/{id} 查詢識別結果。");
    static final FillByHand PENDING = new FillByHand("pending",
            "The document is still being read: ask again shortly, or fill the form by hand.",
            "證件正在識別中,請稍後再查詢,或手動填寫。");
    static final FillByHand UNREADABLE = new FillByHand("unreadable",
            "The image could not be read: fill the form by hand, or upload a clearer image.",
            "無法識別此圖片,請手動填寫,或上傳更清晰的圖片。");
    static final FillByHand NOTHING_READ = new FillByHand("nothing-read",
            "Nothing could be read from this image as this document type: fill the form by hand, or upload a"
                    + " clearer image of the right document.",
            "未能從圖片中識別出此類證件的信息,請手動填寫,或上傳正確證件的清晰圖片。");

    private RecognitionViews() {
    }

    /**
     * @param overdue whether the request has waited longer than the timeout: a pending answer is then a
     *                {@code timeout} (fill by hand), before that merely {@code pending}
     */
    static RecognitionView of(RecognitionDao.RecognitionRow row, PersonalDataCipher cipher, boolean overdue) {
        String id = row.requestId().toString();
        if (!row.answered()) {
            return new RecognitionView(id, row.documentType(), Status.PENDING, row.requestedAt(), null, null, List.of(),
                    null, overdue ? TIMEOUT : PENDING);
        }
        List<RecognitionView.Field> fields = StoredField.fromJson(row.fields()).stream()
                .map(field -> field(field, cipher)).toList();
        Status status = switch (row.outcome()) {
            case "READ" -> Status.READ;
            case "NOTHING_READ" -> Status.NOTHING_READ;
            default -> Status.UNREADABLE;
        };
        boolean anyValue = fields.stream().anyMatch(field -> field.value() != null);
        FillByHand advice = switch (status) {
            case UNREADABLE -> UNREADABLE;
            case READ -> anyValue ? null : NOTHING_READ; // text, but none of this type's fields: likely another document
            default -> NOTHING_READ;
        };
        return new RecognitionView(id, row.documentType(), status, row.requestedAt(), row.completedAt(), row.engine(),
                fields, status == Status.UNREADABLE ? row.failure() : null, advice);
    }

    private static RecognitionView.Field field(StoredField field, PersonalDataCipher cipher) {
        return new RecognitionView.Field(field.name(), field.sealedValue() == null ? null : cipher.open(field.sealedValue()),
                field.confidence(), field.agreement(), "BOTH_AGREE".equals(field.agreement()), field.confirmed());
    }
}
