package org.voicequal.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;

class SubmissionChecksTest {

    // headers only: the checks never decode an image
    private static final byte[] PNG = ImageDimensionsTest.png(1200, 800);
    private static final byte[] JPEG = ImageDimensionsTest.jpeg(1200, 800);

    static SubmissionForm valid() {
        return new SubmissionForm("acct", "ORDINARY", "资质", "owner@example.com",
                new SubmissionForm.Enterprise("BUSINESS_LICENCE", "杭州示例科技有限公司", "91330106MA27U4KB9J", "MA27U4KB9",
                        "有限责任公司", "地址", "浙江省", "杭州市", LocalDate.of(2018, 5, 10), LocalDate.of(2099, 12, 31)),
                new SubmissionForm.Person("张伟", null, "330106198503150016", LocalDate.of(2015, 3, 1),
                        LocalDate.of(2035, 3, 1), null),
                new SubmissionForm.Person("李娜", "RESIDENT_ID", "330102199208080026", LocalDate.of(2019, 6, 1),
                        LocalDate.of(2039, 6, 1), "13800138000"),
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), null, true, null);
    }

    static Map<DocumentType, byte[]> allDocuments() {
        Map<DocumentType, byte[]> images = new EnumMap<>(DocumentType.class);
        SubmissionChecks.ORDINARY_DOCUMENTS.forEach(t -> images.put(t, PNG));
        return images;
    }

    private static List<String> errors(SubmissionForm form, Map<DocumentType, byte[]> images, Set<String> unknown) {
        return SubmissionChecks.check(form, images, unknown).stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void aCompleteOrdinarySubmissionHasNoErrors() {
        assertThat(errors(valid(), allDocuments(), Set.of())).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceByField() {
        SubmissionForm v = valid();
        SubmissionForm bad = new SubmissionForm(null, "ORDINARY", "资质", "not-an-email",
                new SubmissionForm.Enterprise("LICENCE", "名", "91330106MA27U4KB9K", null, "个体工商户", null, null, null,
                        LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)),
                new SubmissionForm.Person("张伟", null, "330106198503150017", null, LocalDate.of(2035, 3, 1), null),
                null, null, v.commitmentDate(), null, false, null);
        Map<DocumentType, byte[]> images = allDocuments();
        images.remove(DocumentType.ADMIN_ID_IN_HAND);
        images.put(DocumentType.COMMITMENT_LETTER, "text".getBytes());
        images.put(DocumentType.BUSINESS_LICENCE, new byte[(int) ImageFormat.MAX_BYTES + 1]);

        assertThat(errors(bad, images, Set.of("selfie"))).containsExactlyInAnyOrder(
                "accountId:required", "notificationEmail:format", "authorizationConsent:required",
                "enterprise.certificateType:unknown", "enterprise.enterpriseType:forbidden",
                "enterprise.creditCode:checksum", "enterprise.term:order", "legalRepresentative.idNumber:checksum",
                "administrator:required", "letterDate:required", "selfie:unknown-document",
                "ADMIN_ID_IN_HAND:required", "COMMITMENT_LETTER:format", "BUSINESS_LICENCE:too-large");
    }

    @Test
    void aFourHundredNumberQualificationNeedsNoAdministratorOrLetters() {
        SubmissionForm v = valid();
        SubmissionForm form = new SubmissionForm(v.accountId(), "NUMBER_400", v.qualificationName(), v.notificationEmail(),
                v.enterprise(), v.legalRepresentative(), null, null, null, null, true, null);
        Map<DocumentType, byte[]> images = new EnumMap<>(DocumentType.class);
        SubmissionChecks.NUMBER_400_DOCUMENTS.forEach(t -> images.put(t, JPEG));
        assertThat(errors(form, images, Set.of())).isEmpty();
    }

    @Test
    void errorMessagesNeverRepeatTheSubmittedNumber() {
        SubmissionForm v = valid();
        SubmissionForm form = new SubmissionForm(v.accountId(), v.kind(), v.qualificationName(), v.notificationEmail(),
                v.enterprise(), new SubmissionForm.Person("张伟", null, "330106198503150017", null,
                        LocalDate.of(2035, 3, 1), null), v.administrator(), v.letterDate(), v.commitmentDate(), null, true, null);
        assertThat(SubmissionChecks.check(form, allDocuments(), Set.of()))
                .allSatisfy(e -> assertThat(e.message() + e.messageZh()).doesNotContain("330106198503150017"));
    }

    @Test
    void documentPartsAreNamedByTypeInEitherSpelling() {
        assertThat(QualificationController.documentType("legal-rep-id-front")).hasValue(DocumentType.LEGAL_REP_ID_FRONT);
        assertThat(QualificationController.documentType("BUSINESS_LICENCE")).hasValue(DocumentType.BUSINESS_LICENCE);
        assertThat(QualificationController.documentType("selfie")).isEmpty();
    }

    @Test
    void aHundredThousandCharacterNameIsRefusedByLengthWithoutRepeatingIt() {
        SubmissionForm v = valid();
        String name = "企".repeat(100_000);
        SubmissionForm form = withEnterprise(v, new SubmissionForm.Enterprise("BUSINESS_LICENCE", name,
                "91330106MA27U4KB9J", "MA27U4KB9", "有限责任公司", "地址", "浙江省", "杭州市", LocalDate.of(2018, 5, 10),
                LocalDate.of(2099, 12, 31)));
        List<FieldError> found = SubmissionChecks.check(form, allDocuments(), Set.of());
        assertThat(found).extracting(e -> e.field() + ":" + e.code()).containsExactly("enterprise.name:length");
        assertThat(found.get(0).message()).contains("100").doesNotContain("企企");
        assertThat(found.get(0).messageZh()).contains("100").doesNotContain("企企");
    }

    @Test
    void realisticLongValuesPass() {
        SubmissionForm v = valid();
        // a long registered name (57 characters), a long address, a minority name with ·
        String name = "中国石油天然气股份有限公司" + "新疆维吾尔自治区克拉玛依市独山子区石油化工技术服务与工程建设管理分公司第一分厂";
        SubmissionForm form = new SubmissionForm(v.accountId(), v.kind(), "中国石油天然气股份有限公司新疆分公司客服热线语音资质",
                "customer.service.department@subsidiary.example-enterprise.com.cn",
                new SubmissionForm.Enterprise("BUSINESS_LICENCE", name, "91330106MA27U4KB9J", "MA27U4KB9",
                        "有限责任公司(非自然人投资或控股的法人独资)", "新疆维吾尔自治区克拉玛依市独山子区大庆东路2号石化工业园区综合办公楼东楼三层301室",
                        "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", LocalDate.of(2018, 5, 10), LocalDate.of(2099, 12, 31)),
                new SubmissionForm.Person("买买提·艾力·阿不都热合曼·吐尔逊", null, "330106198503150016",
                        LocalDate.of(2015, 3, 1), LocalDate.of(2035, 3, 1), null),
                v.administrator(), v.letterDate(), v.commitmentDate(), "客服回访与订单通知。".repeat(50), true, null);
        assertThat(name.codePointCount(0, name.length())).isGreaterThan(50);
        assertThat(errors(form, allDocuments(), Set.of())).isEmpty();
    }

    @Test
    void everyFreeTextFieldIsBounded() {
        SubmissionForm v = valid();
        String tooLong = "x".repeat(501);
        SubmissionForm.Person person = new SubmissionForm.Person(tooLong, "PASSPORT", tooLong, null,
                LocalDate.of(2035, 3, 1), tooLong);
        SubmissionForm form = new SubmissionForm(tooLong, v.kind(), tooLong, tooLong + "@example.com",
                new SubmissionForm.Enterprise("BUSINESS_LICENCE", tooLong, tooLong, tooLong, tooLong, tooLong, tooLong,
                        tooLong, null, LocalDate.of(2099, 12, 31)),
                person, person, v.letterDate(), v.commitmentDate(), tooLong, true, tooLong);
        assertThat(errors(form, allDocuments(), Set.of())).containsExactlyInAnyOrder(
                "accountId:length", "qualificationName:length", "notificationEmail:length", "remarks:length",
                "replacesQualificationId:length", "enterprise.name:length", "enterprise.enterpriseType:length",
                "enterprise.address:length", "enterprise.province:length", "enterprise.city:length",
                "enterprise.creditCode:length", "enterprise.organizationCode:length",
                "legalRepresentative.name:length", "legalRepresentative.contact:length",
                "legalRepresentative.idNumber:length", "administrator.name:length", "administrator.contact:length",
                "administrator.idNumber:length");
    }

    @Test
    void limitsCountCharactersNotBytes() {
        SubmissionForm v = valid();
        // 100 characters of a supplementary plane (2 UTF-16 units, 4 UTF-8 bytes each) is within the limit
        String name = "𠀀".repeat(100);
        SubmissionForm form = withEnterprise(v, new SubmissionForm.Enterprise("BUSINESS_LICENCE", name,
                "91330106MA27U4KB9J", "MA27U4KB9", "有限责任公司", "地址", "浙江省", "杭州市", LocalDate.of(2018, 5, 10),
                LocalDate.of(2099, 12, 31)));
        assertThat(errors(form, allDocuments(), Set.of())).isEmpty();
        assertThat(errors(withEnterprise(v, new SubmissionForm.Enterprise("BUSINESS_LICENCE", name + "企",
                "91330106MA27U4KB9J", "MA27U4KB9", "有限责任公司", "地址", "浙江省", "杭州市", LocalDate.of(2018, 5, 10),
                LocalDate.of(2099, 12, 31))), allDocuments(), Set.of())).containsExactly("enterprise.name:length");
    }

    private static SubmissionForm withEnterprise(SubmissionForm v, SubmissionForm.Enterprise e) {
        return new SubmissionForm(v.accountId(), v.kind(), v.qualificationName(), v.notificationEmail(), e,
                v.legalRepresentative(), v.administrator(), v.letterDate(), v.commitmentDate(), v.remarks(), true,
                v.replacesQualificationId());
    }

    @Test
    void anImageClaimingFortyThousandPixelsSquareIsRefusedBeforeDecoding() {
        Map<DocumentType, byte[]> images = allDocuments();
        images.put(DocumentType.LEGAL_REP_ID_FRONT, ImageDimensionsTest.png(40_000, 40_000));
        images.put(DocumentType.LEGAL_REP_ID_BACK, ImageDimensionsTest.jpeg(99, 2000));
        images.put(DocumentType.ADMIN_ID_FRONT, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        List<FieldError> found = SubmissionChecks.check(valid(), images, Set.of());
        assertThat(found).extracting(e -> e.field() + ":" + e.code()).containsExactlyInAnyOrder(
                "LEGAL_REP_ID_FRONT:dimensions", "LEGAL_REP_ID_BACK:dimensions", "ADMIN_ID_FRONT:unreadable");
        assertThat(found).allSatisfy(e -> assertThat(e.messageZh()).isNotBlank());
    }
}
