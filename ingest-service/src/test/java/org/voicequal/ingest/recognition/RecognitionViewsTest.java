package org.voicequal.ingest.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.ingest.recognition.RecognitionView.Status;

class RecognitionViewsTest {

    private static final PersonalDataCipher CIPHER = cipher();
    private static final Instant REQUESTED = Instant.parse("2026-11-30T02:00:00Z");
    private static final UUID ID = UUID.fromString("5b0e6f0e-2f6e-4a53-9d55-1f4f4b3c2a10");

    @Test
    void aReadDocumentShowsEachValueInClearWithItsConfidenceAndWhetherTheEnginesAgree() {
        String fields = StoredField.toJson(List.of(
                new StoredField("idNumber", CIPHER.seal("330102199208080026"), 0.97, "BOTH_AGREE", true,
                        List.of("ppocr", "tesseract"), null),
                new StoredField("name", CIPHER.seal("李娜"), 0.61, "DISAGREE", false, List.of("ppocr"), null),
                new StoredField("address", null, 0.0, "UNREAD", false, List.of(), "no label found")));

        RecognitionView view = RecognitionViews.of(answered("READ", null, fields), CIPHER, false);

        assertThat(view.status()).isEqualTo(Status.READ);
        assertThat(view.fillByHand()).isNull();
        assertThat(view.fields()).containsExactly(
                new RecognitionView.Field("idNumber", "330102199208080026", 0.97, "BOTH_AGREE", true, true),
                new RecognitionView.Field("name", "李娜", 0.61, "DISAGREE", false, false),
                new RecognitionView.Field("address", null, 0.0, "UNREAD", false, false));
    }

    @Test
    void textWithoutAnyFieldOfTheTypeIsToBeFilledByHand() {
        String fields = StoredField.toJson(List.of(new StoredField("creditCode", null, 0, "UNREAD", false, List.of(), "none")));

        assertThat(RecognitionViews.of(answered("READ", null, fields), CIPHER, false).fillByHand().code())
                .isEqualTo("nothing-read");
        assertThat(RecognitionViews.of(answered("NOTHING_READ", null, "[]"), CIPHER, false).fillByHand().code())
                .isEqualTo("nothing-read");
    }

    @Test
    void anUnreadableImageSaysWhyAndAsksForAClearerOneOrTyping() {
        RecognitionView view = RecognitionViews.of(answered("FAILED", "image is truncated", "[]"), CIPHER, false);

        assertThat(view.status()).isEqualTo(Status.UNREADABLE);
        assertThat(view.failure()).isEqualTo("image is truncated");
        assertThat(view.fillByHand().code()).isEqualTo("unreadable");
        assertThat(view.fillByHand().messageZh()).contains("手動填寫");
    }

    @Test
    void aPendingRecognitionIsATimeoutOnlyOnceTheWaitIsOver() {
        RecognitionDao.RecognitionRow pending = new RecognitionDao.RecognitionRow(ID, null, "ADMIN_ID_FRONT", "ab",
                REQUESTED, null, null, null, null, null);

        RecognitionView waiting = RecognitionViews.of(pending, CIPHER, false);
        RecognitionView overdue = RecognitionViews.of(pending, CIPHER, true);

        assertThat(waiting.status()).isEqualTo(Status.PENDING);
        assertThat(waiting.fillByHand().code()).isEqualTo("pending");
        assertThat(overdue.fillByHand().code()).isEqualTo("timeout");
        assertThat(overdue.fillByHand().message()).contains("fill the form by hand");
        assertThat(overdue.fillByHand().messageZh()).contains("手動填寫");
        assertThat(overdue.fields()).isEmpty();
    }

    private static RecognitionDao.RecognitionRow answered(String outcome, String failure, String fields) {
        return new RecognitionDao.RecognitionRow(ID, null, "ADMIN_ID_FRONT", "ab", REQUESTED,
                REQUESTED.plusSeconds(3), outcome, "ppocr+tesseract", failure, fields);
    }

    private static PersonalDataCipher cipher() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        return new PersonalDataCipher(key);
    }
}
