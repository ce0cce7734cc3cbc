package org.voicequal.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.extraction.FieldExtractor;

/** Inputs are shaped like Tesseract's chi_sim output: spaces between Hanzi, sometimes inside codes. */
class FieldExtractorTest {

    @Test
    void readsTheCreditCodeOffALicenceEvenWithSpacesInside() {
        String text = "营 业 执 照\n统 一 社 会 信 用 代 码 91330106MA27 U4KB9J\n名 称 杭 州 示 例 科 技 有 限 公 司\n";
        assertThat(FieldExtractor.extract(DocumentType.BUSINESS_LICENCE, text))
                .containsEntry(FieldExtractor.CREDIT_CODE, "91330106MA27U4KB9J");
    }

    @Test
    void ignoresACodeThatFailsItsCheckOrIsPartOfALongerToken() {
        assertThat(FieldExtractor.extract(DocumentType.BUSINESS_LICENCE, "代码 91330106MA27U4KB9K")).isEmpty();
        assertThat(FieldExtractor.extract(DocumentType.BUSINESS_LICENCE, "代码 X91330106MA27U4KB9J")).isEmpty();
    }

    @Test
    void readsNameAndNumberOffAnIdFront() {
        String text = "姓 名 张 伟\n性 别 男 民 族 汉\n公 民 身 份 号 码 330106198503150016\n";
        assertThat(FieldExtractor.extract(DocumentType.LEGAL_REP_ID_FRONT, text))
                .containsEntry(FieldExtractor.ID_NUMBER, "330106198503150016")
                .containsEntry(FieldExtractor.NAME, "张伟");
    }

    @Test
    void aNameStopsAtTheNextLabelOnTheSameLine() {
        assertThat(FieldExtractor.extract(DocumentType.ADMIN_ID_FRONT, "姓 名 李 娜 性 别 女\n"))
                .containsEntry(FieldExtractor.NAME, "李娜");
    }

    @Test
    void readsTheValidityOffAnIdBackIncludingLongTerm() {
        assertThat(FieldExtractor.extract(DocumentType.ADMIN_ID_BACK, "有 效 期 限 2019.06.01-2039.06.01"))
                .containsEntry(FieldExtractor.VALID_FROM, "2019-06-01").containsEntry(FieldExtractor.VALID_TO, "2039-06-01");
        assertThat(FieldExtractor.extract(DocumentType.LEGAL_REP_ID_BACK, "有效期限 2002.09.01-长期"))
                .containsEntry(FieldExtractor.VALID_TO, "2099-12-31");
    }
}
