package org.voicequal.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voicequal.domain.UnifiedSocialCreditCode;
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
                "notificationEmail:format", "authorizationConsent:required",
                "enterprise.certificateType:unknown", "enterprise.enterpriseType:forbidden",
                "enterprise.address:required", "enterprise.province:required", "enterprise.city:required",
                "enterprise.creditCode:checksum", "enterprise.termStart:order", "legalRepresentative.idNumber:checksum",
                "legalRepresentative.idValidFrom:required",
                "administrator:required", "letterDate:required", "selfie:unknown-document",
                "ADMIN_ID_IN_HAND:required", "COMMITMENT_LETTER:format", "BUSINESS_LICENCE:too-large");
    }

    @Test
    void aDateBefore1900OrBeyondLongTermIsATypingSlip() {
        SubmissionForm v = valid();
        SubmissionForm typo = new SubmissionForm("acct", "ORDINARY", "资质", "owner@example.com",
                new SubmissionForm.Enterprise("BUSINESS_LICENCE", "杭州示例科技有限公司", "91330106MA27U4KB9J", "MA27U4KB9",
                        "有限责任公司", "地址", "浙江省", "杭州市", LocalDate.of(1018, 5, 10), LocalDate.of(10000, 1, 1)),
                v.legalRepresentative(), v.administrator(), LocalDate.of(2026, 11, 20), LocalDate.of(20261, 11, 20),
                null, true, null);
        assertThat(errors(typo, allDocuments(), Set.of())).containsExactlyInAnyOrder(
                "enterprise.termStart:format", "enterprise.termEnd:format", "commitmentDate:format");
    }

    @Test
    void aFourHundredNumberQualificationNeedsNoAdministratorOrLetters() {
        SubmissionForm v = valid();
        SubmissionForm form = new SubmissionForm(v.accountId(), "NUMBER_400", v.qualificationName(), v.notificationEmail(),
                v.enterprise(), v.legalRepresentative(), null, null, null, null, true, null,
                new SubmissionForm.NumberApplication("CT", List.of("4008001234"), true, "客服热线"));
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
        assertThat(DocumentUploads.typeOf("legal-rep-id-front")).hasValue(DocumentType.LEGAL_REP_ID_FRONT);
        assertThat(DocumentUploads.typeOf("BUSINESS_LICENCE")).hasValue(DocumentType.BUSINESS_LICENCE);
        assertThat(DocumentUploads.typeOf("selfie")).isEmpty();
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
        SubmissionForm.Person person = new SubmissionForm.Person(tooLong, "PASSPORT", tooLong, LocalDate.of(2025, 3, 1),
                LocalDate.of(2035, 3, 1), tooLong);
        SubmissionForm.Person admin = new SubmissionForm.Person(tooLong, null, tooLong, LocalDate.of(2025, 3, 1),
                LocalDate.of(2035, 3, 1), tooLong);
        SubmissionForm form = new SubmissionForm(tooLong, v.kind(), tooLong, tooLong + "@example.com",
                new SubmissionForm.Enterprise("BUSINESS_LICENCE", tooLong, tooLong, tooLong, tooLong, tooLong, tooLong,
                        tooLong, LocalDate.of(2018, 5, 10), LocalDate.of(2099, 12, 31)),
                person, admin, v.letterDate(), v.commitmentDate(), tooLong, true, tooLong);
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

    // --- the three certificate types (證件類型) -------------------------------------------------------------

    /** A well-formed credit code with the given first 17 characters (its check character computed). */
    static String creditCode(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static SubmissionForm.Enterprise enterprise(String certificateType, String creditCode, String enterpriseType) {
        return new SubmissionForm.Enterprise(certificateType, "杭州市西湖区示例研究院", creditCode, null, enterpriseType,
                "浙江省杭州市西湖区文三路100号", "浙江省", "杭州市", LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31));
    }

    @Test
    void eachCertificateTypeIsAcceptedWithACreditCodeOfItsKind() {
        SubmissionForm v = valid();
        // 91: market regulation, an enterprise; 12: establishment office, a public institution; 51: civil affairs
        assertThat(errors(withEnterprise(v, enterprise("BUSINESS_LICENCE", creditCode("91330106MA27U4KB9"), "有限责任公司")),
                allDocuments(), Set.of())).isEmpty();
        assertThat(errors(withEnterprise(v, enterprise("PUBLIC_INSTITUTION_CERTIFICATE", creditCode("12330000470000001"),
                null)), allDocuments(), Set.of())).isEmpty();
        assertThat(errors(withEnterprise(v, enterprise("USCC_CERTIFICATE", creditCode("51330000MJ8000001"), null)),
                allDocuments(), Set.of())).isEmpty();
    }

    @Test
    void aCreditCodeThatDoesNotFitTheCertificateTypeIsRefused() {
        SubmissionForm v = valid();
        String enterpriseCode = creditCode("91330106MA27U4KB9");
        String institutionCode = creditCode("12330000470000001");
        assertThat(errors(withEnterprise(v, enterprise("BUSINESS_LICENCE", institutionCode, "事业单位")), allDocuments(),
                Set.of())).containsExactly("enterprise.creditCode:certificate-mismatch");
        assertThat(errors(withEnterprise(v, enterprise("PUBLIC_INSTITUTION_CERTIFICATE", enterpriseCode, null)),
                allDocuments(), Set.of())).containsExactly("enterprise.creditCode:certificate-mismatch");
        assertThat(errors(withEnterprise(v, enterprise("USCC_CERTIFICATE", enterpriseCode, null)), allDocuments(),
                Set.of())).containsExactly("enterprise.creditCode:certificate-mismatch");
    }

    @Test
    void anIndividualBusinessCreditCodeIsForbiddenWhateverTheTypeTyped() {
        SubmissionForm form = withEnterprise(valid(), enterprise("BUSINESS_LICENCE", creditCode("92330106MA27U4KB9"),
                "有限责任公司"));
        List<FieldError> found = SubmissionChecks.check(form, allDocuments(), Set.of());
        assertThat(found).extracting(e -> e.field() + ":" + e.code()).containsExactly("enterprise.creditCode:forbidden");
        assertThat(found.get(0).messageZh()).contains("個體");
    }

    @Test
    void theEnterpriseTypeIsRequiredOnABusinessLicenceOnly() {
        SubmissionForm v = valid();
        assertThat(errors(withEnterprise(v, enterprise("BUSINESS_LICENCE", creditCode("91330106MA27U4KB9"), null)),
                allDocuments(), Set.of())).containsExactly("enterprise.enterpriseType:required");
        assertThat(errors(withEnterprise(v, enterprise("PUBLIC_INSTITUTION_CERTIFICATE", creditCode("12330000470000001"),
                " ")), allDocuments(), Set.of())).isEmpty();
    }

    @Test
    void addressProvinceCityAndBothEndsOfTheTermAreRequiredOnTheOrdinaryForm() {
        SubmissionForm form = withEnterprise(valid(), new SubmissionForm.Enterprise("BUSINESS_LICENCE",
                "杭州示例科技有限公司", "91330106MA27U4KB9J", null, "有限责任公司", " ", null, "", null, null));
        assertThat(errors(form, allDocuments(), Set.of())).containsExactlyInAnyOrder("enterprise.address:required",
                "enterprise.province:required", "enterprise.city:required", "enterprise.termStart:required",
                "enterprise.termEnd:required");
    }

    // --- province and city (GB/T 2260) ------------------------------------------------------------------------

    private static List<String> region(String province, String city) {
        return errors(withEnterprise(valid(), new SubmissionForm.Enterprise("BUSINESS_LICENCE", "杭州示例科技有限公司",
                "91330106MA27U4KB9J", "MA27U4KB9", "有限责任公司", "地址", province, city, LocalDate.of(2018, 5, 10),
                LocalDate.of(2099, 12, 31))), allDocuments(), Set.of());
    }

    @Test
    void aProvinceOutsideTheListIsUnknown() {
        assertThat(region("浙江省", "杭州市")).isEmpty();
        assertThat(region("杭州省", "杭州市")).containsExactly("enterprise.province:unknown-province");
        assertThat(region("California", "Los Angeles")).containsExactly("enterprise.province:unknown-province");
    }

    @Test
    void aCityOfAnotherProvinceIsNotInTheProvince() {
        assertThat(region("广东省", "深圳市")).isEmpty();
        assertThat(region("浙江省", "深圳市")).containsExactly("enterprise.city:city-not-in-province");
        assertThat(region("浙江省", "西湖区")).containsExactly("enterprise.city:city-not-in-province");
    }

    @Test
    void traditionalAndShortNamesAreAccepted() {
        assertThat(region("浙江省", "杭州市")).isEmpty();
        assertThat(region("廣西壯族自治區", "南寧市")).isEmpty();
        assertThat(region("广西", "南宁")).isEmpty();
        assertThat(region("新疆維吾爾自治區", "克孜勒蘇柯爾克孜自治州")).isEmpty();
    }

    @Test
    void aMunicipalityTakesItselfOrItsMunicipalDistrictsAsTheCityButNotADistrict() {
        assertThat(region("北京市", "北京市")).isEmpty();
        assertThat(region("上海", "市辖区")).isEmpty();
        assertThat(region("重庆市", "重慶市")).isEmpty();
        List<FieldError> district = SubmissionChecks.check(withEnterprise(valid(), new SubmissionForm.Enterprise(
                "BUSINESS_LICENCE", "北京示例科技有限公司", "91330106MA27U4KB9J", "MA27U4KB9", "有限责任公司", "地址", "北京市",
                "朝阳区", LocalDate.of(2018, 5, 10), LocalDate.of(2099, 12, 31))), allDocuments(), Set.of());
        assertThat(district).extracting(e -> e.field() + ":" + e.code()).containsExactly("enterprise.city:city-not-in-province");
        assertThat(district.get(0).messageZh()).contains("直轄市請填北京市");
    }

    @Test
    void aCountyLevelCityUnderItsProvinceDirectlyIsACityOfThatProvince() {
        assertThat(region("湖北省", "仙桃市")).isEmpty();
        assertThat(region("河南省", "济源市")).isEmpty();
        assertThat(region("湖南省", "仙桃市")).containsExactly("enterprise.city:city-not-in-province");
    }

    @Test
    void hongKongMacaoAndTaiwanTakeTheirOwnNameAsTheCity() {
        assertThat(region("香港特别行政区", "香港")).isEmpty();
        assertThat(region("澳門特別行政區", "澳门特别行政区")).isEmpty();
        assertThat(region("香港特别行政区", "九龙")).containsExactly("enterprise.city:city-not-in-province");
    }

    // --- passports ------------------------------------------------------------------------------------------

    private static SubmissionForm withLegalRepresentative(SubmissionForm v, SubmissionForm.Person p) {
        return new SubmissionForm(v.accountId(), v.kind(), v.qualificationName(), v.notificationEmail(), v.enterprise(),
                p, v.administrator(), v.letterDate(), v.commitmentDate(), v.remarks(), true, v.replacesQualificationId());
    }

    private static SubmissionForm.Person passport(String number, LocalDate expires) {
        return new SubmissionForm.Person("ZHANG WEI", "PASSPORT", number, LocalDate.of(2020, 4, 1), expires, null);
    }

    @Test
    void aPassportIsAcceptedWithItsDataPageAloneAndNoBack() {
        Map<DocumentType, byte[]> images = allDocuments();
        images.remove(DocumentType.LEGAL_REP_ID_BACK);
        for (String number : List.of("E12345678", "EA1234567", "g1234567", "K0123456", "X12345")) {
            assertThat(errors(withLegalRepresentative(valid(), passport(number, LocalDate.of(2030, 3, 31))), images,
                    Set.of())).as(number).isEmpty();
        }
    }

    @Test
    void aPassportNumberOutsideTheMachineReadableZoneFormatIsRefusedWithoutRepeatingIt() {
        for (String number : List.of("E123", "E123456789", "E-1234567", "护照1234567", "ABCDEFGHI")) {
            List<FieldError> found = SubmissionChecks.check(withLegalRepresentative(valid(),
                    passport(number, LocalDate.of(2030, 3, 31))), allDocuments(), Set.of());
            assertThat(found).as(number).extracting(e -> e.field() + ":" + e.code())
                    .containsExactly("legalRepresentative.idNumber:format");
            assertThat(found.get(0).message() + found.get(0).messageZh()).doesNotContain(number);
        }
    }

    @Test
    void aPassportNeedsItsExpiryDate() {
        assertThat(errors(withLegalRepresentative(valid(), passport("E12345678", null)), allDocuments(), Set.of()))
                .containsExactly("legalRepresentative.idValidTo:required");
    }

    @Test
    void anIdCardStillNeedsItsBack() {
        Map<DocumentType, byte[]> images = allDocuments();
        images.remove(DocumentType.LEGAL_REP_ID_BACK);
        assertThat(errors(valid(), images, Set.of())).containsExactly("LEGAL_REP_ID_BACK:required");
    }

    @Test
    void theAdministratorsDocumentIsAnIdCardNotAPassport() {
        SubmissionForm v = valid();
        SubmissionForm form = new SubmissionForm(v.accountId(), v.kind(), v.qualificationName(), v.notificationEmail(),
                v.enterprise(), v.legalRepresentative(), new SubmissionForm.Person("李娜", "PASSPORT", "E12345678",
                        LocalDate.of(2019, 6, 1), LocalDate.of(2029, 6, 1), "13800138000"),
                v.letterDate(), v.commitmentDate(), null, true, null);
        assertThat(errors(form, allDocuments(), Set.of())).containsExactly("administrator.idType:unknown");
    }

    @Test
    void bothEndsOfAnIdValidityAreRequiredAndNamedByTheirFields() {
        SubmissionForm v = valid();
        SubmissionForm form = withLegalRepresentative(v, new SubmissionForm.Person("张伟", null, "330106198503150016",
                null, null, null));
        assertThat(errors(form, allDocuments(), Set.of())).containsExactlyInAnyOrder(
                "legalRepresentative.idValidFrom:required", "legalRepresentative.idValidTo:required");
    }

    // --- 更多附件 ---------------------------------------------------------------------------------------------

    private static List<String> withAttachments(List<byte[]> attachments) {
        return SubmissionChecks.check(valid(), allDocuments(), attachments, Set.of(), true).stream()
                .map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void upToTenAttachmentsAreAccepted() {
        assertThat(withAttachments(List.of())).isEmpty();
        assertThat(withAttachments(java.util.Collections.nCopies(SubmissionChecks.MAX_ATTACHMENTS, JPEG))).isEmpty();
    }

    @Test
    void elevenAttachmentsAreTooMany() {
        assertThat(withAttachments(java.util.Collections.nCopies(SubmissionChecks.MAX_ATTACHMENTS + 1, PNG)))
                .containsExactly("OTHER:too-many");
    }

    @Test
    void eachAttachmentIsCheckedAsAnImageAndNamedByItsPosition() {
        assertThat(withAttachments(List.of(PNG, "not an image".getBytes(), ImageDimensionsTest.png(40_000, 40_000))))
                .containsExactly("OTHER_2:format", "OTHER_3:dimensions");
    }

    @Test
    void theNumberPartBelongsToThe400FormOnly() {
        SubmissionForm v = valid();
        SubmissionForm form = new SubmissionForm(v.accountId(), v.kind(), v.qualificationName(), v.notificationEmail(),
                v.enterprise(), v.legalRepresentative(), v.administrator(), v.letterDate(), v.commitmentDate(), null, true,
                null, new SubmissionForm.NumberApplication("CT", List.of("4008001234"), true, "客服"));
        assertThat(errors(form, allDocuments(), Set.of())).containsExactly("numberApplication:unexpected");
    }
}
