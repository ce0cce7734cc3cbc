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
    void aRejectionNamesEveryReasonInBothLanguagesChineseFirstInTextAndHtml() {
        Templates.Rendered rejected = Templates.render(request(QualificationStatus.REJECTED, "zh-CN",
                List.of(new Reason("DOCUMENTS_VALID", "法人身份證已過期", "legal representative's ID expired"))));
        assertThat(rejected.subject()).isEqualTo("企業資質審核不通過 / rejected: 示例资质");
        assertThat(rejected.text()).contains("- 法人身份證已過期").contains("- legal representative's ID expired").contains("q-1");
        assertThat(rejected.text().indexOf("您好")).isLessThan(rejected.text().indexOf("Hello"));
        assertThat(rejected.html()).contains("<li>法人身份證已過期</li>").contains("<li>legal representative&#39;s ID expired</li>".replace("&#39;", "'"))
                .contains("lang=\"zh\"").contains("lang=\"en\"");
        assertThat(rejected.html().indexOf("lang=\"zh\"")).isLessThan(rejected.html().indexOf("lang=\"en\""));
    }

    @Test
    void theReminderNamesTheDocumentsAndDatesAndSaysHowToRenewEnglishFirstForAnEnglishLocale() {
        Templates.Rendered soon = Templates.render(request(QualificationStatus.EXPIRING_SOON, "en-US", List.of(
                new Reason("DOCUMENT_EXPIRING:BUSINESS_LICENCE", "營業執照有效期至2027-03-10",
                        "the business licence is valid until 2027-03-10"))));
        assertThat(soon.text().indexOf("Hello")).isLessThan(soon.text().indexOf("您好"));
        assertThat(soon.text()).contains("營業執照有效期至2027-03-10").contains("valid until 2027-03-10")
                .contains("submit a renewal").contains("提交續期資質");
        assertThat(soon.subject()).startsWith("企業資質即將過期 / expiring soon");
    }

    @Test
    void everyStatusAnOwnerHearsOfHasItsOwnWordsReceivedAndReplacedIncluded() {
        for (QualificationStatus status : List.of(QualificationStatus.UNDER_REVIEW, QualificationStatus.APPROVED,
                QualificationStatus.REJECTED, QualificationStatus.EXPIRING_SOON, QualificationStatus.EXPIRED,
                QualificationStatus.REPLACED)) {
            Templates.Rendered r = Templates.render(request(status, "zh-CN", List.of()));
            assertThat(r.subject()).as("%s", status).doesNotContain("狀態變更").doesNotContain("status changed");
            assertThat(r.text()).as("%s", status).doesNotContain("{").doesNotContain(status.name());
        }
    }

    @Test
    void anIdNumberThatSlipsIntoAReasonOrNameIsMaskedAndHtmlIsEscaped() {
        Templates.Rendered r = Templates.render(request(QualificationStatus.REJECTED, "zh-CN", List.of(new Reason("X",
                "證號110101199003071234不符", "number 110101199003071234 <b>differs</b>, passport E12345678"))));
        assertThat(r.text() + r.html() + r.subject()).doesNotContain("110101199003071234").doesNotContain("E12345678")
                .contains("110***********1234");
        assertThat(r.html()).contains("&lt;b&gt;differs&lt;/b&gt;").doesNotContain("<b>differs");
    }

    @Test
    void anEmailNeverPrintsItsAddressOrBody() {
        assertThat(new Email("owner@example.com", "s", "body", "<p>body</p>", "<n@voicequal>").toString())
                .isEqualTo("Email[<n@voicequal>]");
    }
}
