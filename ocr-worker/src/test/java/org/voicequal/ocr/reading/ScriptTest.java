package org.voicequal.ocr.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTest {

    @Test
    void aPageIsTraditionalWhenItsTraditionalOnlyCharactersOutnumberItsSimplifiedOnlyOnes() {
        assertThat(Script.of("營業執照 統一社會信用代碼 名稱 重慶鑫源網絡科技有限公司")).isEqualTo(Script.TRADITIONAL);
        assertThat(Script.of("营业执照 统一社会信用代码 名称 重庆鑫源网络科技有限公司")).isEqualTo(Script.SIMPLIFIED);
    }

    @Test
    void aTraditionalPageThatTheLeadPartlyReadInSimplifiedFormsIsStillTraditional() {
        assertThat(Script.of("營業執照 统一社會信用代碼 法定代表人 諸葛萍琪 住所 重庆市渝中區")).isEqualTo(Script.TRADITIONAL);
    }

    @Test
    void aFewTraditionalCharactersInASimplifiedPageOrTextCommonToBothLeaveItSimplified() {
        assertThat(Script.of("营业执照 名称 星辰華瑞贸易有限公司 法定代表人 张伟")).isEqualTo(Script.SIMPLIFIED);
        assertThat(Script.of("有限公司 2024年01月02日 91330106MA27U4KB9J")).isEqualTo(Script.SIMPLIFIED);
        assertThat(Script.of("")).isEqualTo(Script.SIMPLIFIED);
    }
}
