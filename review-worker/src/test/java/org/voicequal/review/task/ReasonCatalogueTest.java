package org.voicequal.review.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicequal.events.Reason;
import org.voicequal.review.task.HumanDecision.Verdict;

class ReasonCatalogueTest {

    private static TaskChecks.Check check(String rule, String outcome, String en) {
        return new TaskChecks.Check(rule, outcome, List.of("f"), en + " zh", en, false, List.of());
    }

    private final ReasonCatalogue catalogue = ReasonCatalogue.forChecks(List.of(
            check("OCR_CONFIRMS", "PASS", "the credit code matches"),
            check("OCR_CONFIRMS", "UNVERIFIED", "OCR could not read the ID number"),
            check("ENTERPRISE_TYPE_ALLOWED", "PASS", "the enterprise type is allowed")));

    private static HumanDecision decision(Verdict verdict, String comment, String... codes) {
        return new HumanDecision(verdict, Arrays.asList(codes), comment);
    }

    private static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::getCode).toList();
    }

    @Test
    void everyReviewerCodeHasAChineseAndAnEnglishMessage() {
        assertThat(ReasonCatalogue.REVIEWER_REASONS).extracting(Reason::getCode).containsExactly("DOCUMENT_ILLEGIBLE",
                "SEAL_MISSING", "NAME_MISMATCH", "INFORMATION_INCONSISTENT", "DOCUMENT_EXPIRED", "OTHER");
        assertThat(ReasonCatalogue.REVIEWER_REASONS).allSatisfy(r -> {
            assertThat(r.getMessageZh()).isNotBlank().doesNotContain(r.getCode());
            assertThat(r.getMessageEn()).isNotBlank();
        });
    }

    @Test
    void theTasksRuleCodesComeFirstThenTheReviewerCodes() {
        assertThat(catalogue.entries()).extracting(e -> e.reason().getCode() + ":" + e.source()).containsExactly(
                "OCR_CONFIRMS:RULE", "ENTERPRISE_TYPE_ALLOWED:RULE", "DOCUMENT_ILLEGIBLE:REVIEWER", "SEAL_MISSING:REVIEWER",
                "NAME_MISMATCH:REVIEWER", "INFORMATION_INCONSISTENT:REVIEWER", "DOCUMENT_EXPIRED:REVIEWER", "OTHER:REVIEWER");
    }

    @Test
    void aRuleSaysWhatTheEvaluationFoundAndARuleThatPassedSaysTheReviewerFoundOtherwise() {
        assertThat(catalogue.find("OCR_CONFIRMS")).get().extracting(Reason::getMessageEn)
                .isEqualTo("OCR could not read the ID number");
        assertThat(catalogue.find("ENTERPRISE_TYPE_ALLOWED")).get().extracting(Reason::getMessageEn)
                .isEqualTo("the reviewer found otherwise: the enterprise type is allowed");
        assertThat(catalogue.find("REVIEWER_COMMENT")).as("given by a comment only").isEmpty();
    }

    @Test
    void aRejectionGivesTheChosenCodesOnceThenTheCommentAsItsOwnReason() {
        List<Reason> reasons = catalogue.reasonsFor(decision(Verdict.REJECT, "  請上傳加蓋公章的複印件 ",
                "SEAL_MISSING", "OCR_CONFIRMS", "SEAL_MISSING"), List.of());
        assertThat(codes(reasons)).containsExactly("SEAL_MISSING", "OCR_CONFIRMS", "REVIEWER_COMMENT");
        assertThat(reasons.get(2).getMessageZh()).isEqualTo("請上傳加蓋公章的複印件");
        assertThat(reasons.get(2).getMessageEn()).isEqualTo("請上傳加蓋公章的複印件");
    }

    @Test
    void anApprovalCarriesTheTravellingWarningsAndMayGiveNoCode() {
        Reason warning = new Reason("ADMIN_ID_VALIDITY", "即將到期", "ends within 7 days");
        assertThat(codes(catalogue.reasonsFor(decision(Verdict.APPROVE, null), List.of(warning))))
                .containsExactly("ADMIN_ID_VALIDITY");
        assertThat(codes(catalogue.reasonsFor(decision(Verdict.APPROVE, ""), List.of()))).isEmpty();
    }

    @Test
    void aRejectionWithoutAReasonOrWithAnUnknownCodeIsRefusedFieldByField() {
        assertThatThrownBy(() -> catalogue.reasonsFor(decision(Verdict.REJECT, "nothing"), List.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + ":" + f.code()).containsExactly("reasons:required"));
        assertThatThrownBy(() -> catalogue.reasonsFor(decision(Verdict.REJECT, null, "SEAL_MISSING", "NOPE",
                "REVIEWER_COMMENT"), List.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + ":" + f.code())
                        .containsExactly("reasons[1]:unknown-reason", "reasons[2]:unknown-reason"));
    }

    @Test
    void otherNeedsACommentAndACommentHasALimit() {
        assertThatThrownBy(() -> catalogue.reasonsFor(decision(Verdict.REJECT, " ", "OTHER"), List.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + ":" + f.code()).containsExactly("comment:required"));
        assertThatThrownBy(() -> catalogue.reasonsFor(decision(Verdict.REJECT, "x".repeat(501), "SEAL_MISSING"), List.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + ":" + f.code()).containsExactly("comment:too-long"));
    }
}
