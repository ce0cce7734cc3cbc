package org.voicequal.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;

/** The 400-number form (400號碼企業資質): its number part, its documents by the three-in-one branch, its account hook. */
class NumberFormChecksTest {

    private static final byte[] PNG = ImageDimensionsTest.png(1200, 800);

    static SubmissionForm valid() {
        return form(new SubmissionForm.NumberApplication("CT", List.of("4008001234", "400-800-1235"), true,
                "客服热线与售后服务"));
    }

    private static SubmissionForm form(SubmissionForm.NumberApplication numbers) {
        SubmissionForm v = SubmissionChecksTest.valid();
        // the 400 form has no certificate type, enterprise type, province or city
        SubmissionForm.Enterprise e = new SubmissionForm.Enterprise(null, "杭州示例科技有限公司", "91330106MA27U4KB9J", null,
                null, "浙江省杭州市西湖区文三路100号", null, null, LocalDate.of(2018, 5, 10), LocalDate.of(2099, 12, 31));
        return new SubmissionForm(v.accountId(), "NUMBER_400", "示例400资质", v.notificationEmail(), e,
                v.legalRepresentative(), null, null, null, null, true, null, numbers);
    }

    private static Map<DocumentType, byte[]> documents(DocumentType... types) {
        Map<DocumentType, byte[]> images = new EnumMap<>(DocumentType.class);
        SubmissionChecks.NUMBER_400_DOCUMENTS.forEach(t -> images.put(t, PNG));
        Arrays.stream(types).forEach(t -> images.put(t, PNG));
        return images;
    }

    private static List<String> errors(SubmissionForm form) {
        return errors(form, documents());
    }

    private static List<String> errors(SubmissionForm form, Map<DocumentType, byte[]> images) {
        return SubmissionChecks.check(form, images, List.of(), Set.of(), true).stream()
                .map(e -> e.field() + ":" + e.code()).toList();
    }

    private static SubmissionForm.NumberApplication numbers(String... numbers) {
        return new SubmissionForm.NumberApplication("CT", new ArrayList<>(Arrays.asList(numbers)), true, "客服热线");
    }

    @Test
    void aCompleteThreeInOneFormHasNoErrors() {
        assertThat(errors(valid())).isEmpty();
    }

    @Test
    void aFormThatIsNotThreeInOneNeedsTheTaxAndOrganizationCodeCertificates() {
        SubmissionForm form = form(new SubmissionForm.NumberApplication("CT", List.of("4008001234"), false, "客服"));
        assertThat(errors(form)).containsExactlyInAnyOrder("TAX_REGISTRATION_CERTIFICATE:required",
                "ORGANIZATION_CODE_CERTIFICATE:required");
        assertThat(errors(form, documents(DocumentType.TAX_REGISTRATION_CERTIFICATE,
                DocumentType.ORGANIZATION_CODE_CERTIFICATE))).isEmpty();
    }

    @Test
    void theLicenceAndTheLegalRepresentativesIdAreAlwaysRequired() {
        assertThat(errors(valid(), new EnumMap<>(DocumentType.class))).containsExactlyInAnyOrder(
                "BUSINESS_LICENCE:required", "LEGAL_REP_ID_FRONT:required", "LEGAL_REP_ID_BACK:required");
    }

    @Test
    void theNumberPartIsRequired() {
        assertThat(errors(form(null))).containsExactly("numberApplication:required");
    }

    @Test
    void theCarrierIsRequiredAndOneOfTheList() {
        assertThat(errors(form(new SubmissionForm.NumberApplication(" ", List.of("4008001234"), true, "客服"))))
                .containsExactly("numberApplication.carrier:required");
        assertThat(errors(form(new SubmissionForm.NumberApplication("CU", List.of("4008001234"), true, "客服"))))
                .containsExactly("numberApplication.carrier:unknown");
        assertThat(errors(form(new SubmissionForm.NumberApplication("ct", List.of("4008001234"), true, "客服")))).isEmpty();
    }

    @Test
    void oneToFiveNumbersAreAccepted() {
        assertThat(errors(form(numbers("4008001234")))).isEmpty();
        assertThat(errors(form(numbers("4008001231", "4008001232", "4008001233", "4008001234", "4008001235")))).isEmpty();
    }

    @Test
    void noNumbersOrSixAreRefused() {
        assertThat(errors(form(numbers()))).containsExactly("numberApplication.numbers:required");
        assertThat(errors(form(new SubmissionForm.NumberApplication("CT", null, true, "客服"))))
                .containsExactly("numberApplication.numbers:required");
        assertThat(errors(form(numbers("4008001231", "4008001232", "4008001233", "4008001234", "4008001235",
                "4008001236")))).containsExactly("numberApplication.numbers:too-many");
    }

    @Test
    void separatorsAndFullWidthDigitsAreAcceptedAndNormalized() {
        assertThat(errors(form(numbers("400-800-1234", "400 800 1235", "４００８００１２３６")))).isEmpty();
        assertThat(SubmissionForm.NumberApplication.normalized("400-800 1234")).isEqualTo("4008001234");
        assertThat(SubmissionForm.NumberApplication.normalized("４００８００１２３６")).isEqualTo("4008001236");
    }

    @Test
    void aNumberThatIsNotFourHundredAndSevenDigitsIsRefusedByPositionWithoutRepeatingIt() {
        for (String bad : List.of("400800123", "40080012345", "8008001234", "4OO8001234", "400.800.1234", "+864008001234")) {
            List<FieldError> found = SubmissionChecks.check(form(numbers("4008001234", bad)), documents(), List.of(),
                    Set.of(), true);
            assertThat(found).as(bad).extracting(e -> e.field() + ":" + e.code())
                    .containsExactly("numberApplication.numbers[1]:format");
            assertThat(found.get(0).message() + found.get(0).messageZh()).doesNotContain(bad);
        }
    }

    @Test
    void theSameNumberTwiceIsADuplicateEvenWrittenDifferently() {
        assertThat(errors(form(numbers("4008001234", "4008001235", "400-800-1234"))))
                .containsExactly("numberApplication.numbers[2]:duplicate");
    }

    @Test
    void anEmptyOrOverlongEntryIsRefusedBeforeParsing() {
        assertThat(errors(form(numbers("4008001234", null, "")))).containsExactly(
                "numberApplication.numbers[1]:required", "numberApplication.numbers[2]:required");
        assertThat(errors(form(numbers("4".repeat(10_000))))).containsExactly("numberApplication.numbers[0]:length");
    }

    @Test
    void theThreeInOneAnswerIsRequired() {
        assertThat(errors(form(new SubmissionForm.NumberApplication("CT", List.of("4008001234"), null, "客服"))))
                .containsExactly("numberApplication.threeInOne:required");
    }

    @Test
    void theScenarioIsRequiredAndBounded() {
        assertThat(errors(form(new SubmissionForm.NumberApplication("CT", List.of("4008001234"), true, " "))))
                .containsExactly("numberApplication.scenario:required");
        assertThat(errors(form(new SubmissionForm.NumberApplication("CT", List.of("4008001234"), true,
                "说".repeat(SubmissionChecks.MAX_SCENARIO))))).isEmpty();
        assertThat(errors(form(new SubmissionForm.NumberApplication("CT", List.of("4008001234"), true,
                "说".repeat(SubmissionChecks.MAX_SCENARIO + 1))))).containsExactly("numberApplication.scenario:length");
    }

    @Test
    void theCreditCodeIsRequiredEvenWithAnOrganizationCode() {
        SubmissionForm v = valid();
        SubmissionForm.Enterprise e = v.enterprise();
        SubmissionForm form = new SubmissionForm(v.accountId(), v.kind(), v.qualificationName(), v.notificationEmail(),
                new SubmissionForm.Enterprise(null, e.name(), null, "MA27U4KB9", null, e.address(), null, null,
                        e.termStart(), e.termEnd()), v.legalRepresentative(), null, null, null, null, true, null,
                v.numberApplication());
        assertThat(errors(form)).containsExactly("enterprise.creditCode:required");
    }

    @Test
    void theRegisteredAddressAndTheValidityRangeAreRequired() {
        SubmissionForm v = valid();
        SubmissionForm form = new SubmissionForm(v.accountId(), v.kind(), v.qualificationName(), v.notificationEmail(),
                new SubmissionForm.Enterprise(null, "杭州示例科技有限公司", "91330106MA27U4KB9J", null, null, null, null, null,
                        null, null), v.legalRepresentative(), null, null, null, null, true, null, v.numberApplication());
        assertThat(errors(form)).containsExactlyInAnyOrder("enterprise.address:required", "enterprise.termStart:required",
                "enterprise.termEnd:required");
    }

    @Test
    void aProvinceAndCityAreOptionalButCheckedWhenGiven() {
        SubmissionForm v = valid();
        SubmissionForm.Enterprise e = v.enterprise();
        SubmissionForm form = new SubmissionForm(v.accountId(), v.kind(), v.qualificationName(), v.notificationEmail(),
                new SubmissionForm.Enterprise("BUSINESS_LICENCE", e.name(), e.creditCode(), null, null, e.address(), "浙江省",
                        "成都市", e.termStart(), e.termEnd()), v.legalRepresentative(), null, null, null, null, true, null,
                v.numberApplication());
        assertThat(errors(form)).containsExactly("enterprise.city:city-not-in-province");
    }

    @Test
    void theLegalRepresentativeMayUseAPassport() {
        SubmissionForm v = valid();
        SubmissionForm form = new SubmissionForm(v.accountId(), v.kind(), v.qualificationName(), v.notificationEmail(),
                v.enterprise(), new SubmissionForm.Person("ZHANG WEI", "PASSPORT", "E12345678", LocalDate.of(2020, 4, 1),
                        LocalDate.of(2030, 3, 31), null), null, null, null, null, true, null, v.numberApplication());
        Map<DocumentType, byte[]> images = documents();
        images.remove(DocumentType.LEGAL_REP_ID_BACK);
        assertThat(errors(form, images)).isEmpty();
    }

    @Test
    void anAccountNotEnabledForTheFormIsRefusedAndAnOrdinaryFormIsNotAffected() {
        assertThat(SubmissionChecks.check(valid(), documents(), List.of(), Set.of(), false))
                .extracting(e -> e.field() + ":" + e.code()).containsExactly("kind:not-enabled");
        assertThat(SubmissionChecks.check(SubmissionChecksTest.valid(), SubmissionChecksTest.allDocuments(), List.of(),
                Set.of(), false)).isEmpty();
    }

    @Test
    void everyMessageIsInBothLanguages() {
        SubmissionForm form = form(new SubmissionForm.NumberApplication("CU", List.of("1", "1"), null, null));
        assertThat(SubmissionChecks.check(form, Map.of(), List.of(), Set.of(), false)).isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.message()).isNotBlank();
                    assertThat(e.messageZh()).isNotBlank();
                });
    }
}
