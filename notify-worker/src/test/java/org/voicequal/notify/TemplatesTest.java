package org.voicequal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.Reason;

class TemplatesTest {

    private static NotificationRequested request(QualificationStatus status, String locale, List<Reason> reasons) {
        return NotificationRequested.newBuilder().setEventId("e").setNotificationId("n").setQualificationId("q-1")
                .setSealedRecipient("pd1:sealed").setLocale(locale).setQualificationName("示例资质").setStatus(status)
                .setReasons(reasons).build();
    }

    @Test
    void aRejectionNamesEveryReasonInBothLanguagesChineseFirst() {
        NotificationRequested rejected = request(QualificationStatus.REJECTED, "zh-CN",
                List.of(new Reason("DOCUMENTS_VALID", "法人身份證已過期", "legal representative's ID expired")));
        assertThat(Templates.subject(rejected)).isEqualTo("企業資質審核不通過 / rejected: 示例资质");
        String body = Templates.body(rejected);
        assertThat(body).contains("- 法人身份證已過期").contains("- legal representative's ID expired").contains("q-1");
        assertThat(body.indexOf("您好")).isLessThan(body.indexOf("Hello"));
    }

    @Test
    void anEnglishLocaleReadsEnglishFirstAndExpiryAsksForReplacement() {
        String body = Templates.body(request(QualificationStatus.EXPIRING_SOON, "en-US", List.of()));
        assertThat(body.indexOf("Hello")).isLessThan(body.indexOf("您好"));
        assertThat(body).contains("replace the expired documents").contains("更換過期資質");
    }

    @Test
    void anEmailNeverPrintsItsAddressOrBody() {
        assertThat(new Email("owner@example.com", "s", "body", "<n@voicequal>").toString())
                .isEqualTo("Email[<n@voicequal>]");
    }
}
