package org.voicequal.ocr.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voicequal.schemas.Fields;

class ConfirmationTest {

    private final Confirmation confirmation = Confirmation.measured();

    @Test
    void twoEnginesReadingTheSameValueConfirmAnyField() {
        assertThat(confirmation.confirms(Fields.NAME, Agreement.BOTH_AGREE, 0.7)).isTrue();
        assertThat(confirmation.confirms(Fields.VALID_TO, Agreement.BOTH_AGREE, 0.6)).isTrue();
    }

    @Test
    void agreementWithAValueExtractionMarkedAsAGuessConfirmsNothing() {
        assertThat(confirmation.confirms(Fields.ENTERPRISE_NAME, Agreement.BOTH_AGREE, 0.5)).isFalse();
        assertThat(confirmation.confirms(Fields.CREDIT_CODE, Agreement.BOTH_AGREE, 0.4)).isFalse();
    }

    @Test
    void oneEngineConfirmsOnlyACheckDigitCodeAboveTheMeasuredConfidence() {
        assertThat(confirmation.confirms(Fields.CREDIT_CODE, Agreement.ONE_ENGINE, 0.99)).isTrue();
        assertThat(confirmation.confirms(Fields.CREDIT_CODE, Agreement.ONE_ENGINE, 0.80)).isFalse();
        assertThat(confirmation.confirms(Fields.NAME, Agreement.ONE_ENGINE, 0.999)).isFalse();
        assertThat(confirmation.confirms(Fields.ESTABLISHED_ON, Agreement.ONE_ENGINE, 0.999)).isFalse();
    }

    @Test
    void disagreementAndNonReadsNeverConfirm() {
        assertThat(confirmation.confirms(Fields.CREDIT_CODE, Agreement.DISAGREE, 1.0)).isFalse();
        assertThat(confirmation.confirms(Fields.CREDIT_CODE, Agreement.UNREAD, 1.0)).isFalse();
    }
}
