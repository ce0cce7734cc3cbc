package org.voicequal.ocr.corpus;

import java.awt.Color;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

/**
 * The two letters of an application, A4 at 150 dpi: the 入网承诺书 (body text, {@code 承诺单位（盖章）：X有限公司},
 * sometimes the credit code, the date, the company seal over the signature) and the 号码申请公函 (the
 * administrator's name and ID number handwritten into the blanks of {@code 兹委托 X 同志（身份证号：...）},
 * and a signature block with 管理员, 身份证号, 手机, 日期 partly handwritten).
 */
final class LetterRenderer {

    private static final List<String> COMMITMENTS = List.of(
            "本单位承诺所提交的营业执照、法定代表人及经办人身份证件等资料真实、合法、有效。",
            "本单位承诺依法合规使用语音号码，不从事任何违法违规活动，不利用号码拨打骚扰电话、发送垃圾信息。",
            "本单位承诺不将号码转租、转售或提供给第三方使用，如有违反，愿意承担由此产生的一切法律责任。",
            "本单位承诺配合电信运营商及相关主管部门的监督检查，按要求提供号码使用情况说明。",
            "本单位知悉并同意：如出现投诉或违规情况，运营商有权暂停或关闭相关号码服务。");

    private final RandomValues rv;

    LetterRenderer(RandomValues rv) {
        this.rv = rv;
    }

    Rendered commitment(Subjects.Company c, LocalDate date, Style s) {
        Canvas p = new Canvas(1240, 1754, Color.WHITE, s, rv);
        float size = rv.between(28, 33);
        int lh = Math.round(size * 1.8f);
        p.centred(s.t("入网承诺书"), 200, size * 1.8f, true, s.ink());
        int y = 320;
        p.text(s.t("中国XX通信有限公司" + c.place().city() + "分公司："), 120, y, size);
        y += lh;
        int n = rv.between(3, COMMITMENTS.size());
        for (int i = 0; i < n; i++) {
            y = p.paragraph(s.t("　　" + (i + 1) + "．" + COMMITMENTS.get(i)), 120, y, size, 1000, lh);
        }
        y = Math.max(y + lh, 1200);
        Map<String, String> truth = new LinkedHashMap<>();
        int x = 560 - rv.between(0, 120);
        int end = p.text(s.t("承诺单位（盖章）："), x, y, size);
        String name = s.t(c.name());
        if (end + p.width(name, size, false) > p.width() - 60) {
            y += lh;
            end = x + 40;
        }
        p.text(name, end, y, size);
        truth.put(Fields.SIGNATORY_COMPANY, name);
        int sealY = y;
        if (rv.chance(0.5)) {
            y += lh;
            int cx = p.text(s.t("统一社会信用代码："), x, y, size);
            p.text(c.creditCode(), cx, y, size);
            truth.put(Fields.CREDIT_CODE, c.creditCode());
        }
        y += lh;
        int dx = p.text(s.t("日期："), x, y, size);
        if (rv.chance(0.5)) {
            p.handwriting(Dates.chinese(date, false), dx + 10, y, size * 1.1f);
        } else {
            p.text(Dates.chinese(date, true), dx, y, size);
        }
        truth.put(Fields.LETTER_DATE, date.toString());
        boolean sealed = rv.stamped(0.9);
        if (sealed) {
            p.seal(x + 360 + rv.between(-120, 160), sealY + rv.between(-20, 80), rv.between(110, 140), name,
                    null, 0.55f + (float) rv.random().nextDouble() * 0.4f);
        }
        return new Rendered(DocumentType.COMMITMENT_LETTER, "commitment", p.finish(), sealed, truth);
    }

    Rendered numberApplication(Subjects.Company c, Subjects.Person admin, LocalDate date, Style s) {
        Canvas p = new Canvas(1240, 1754, Color.WHITE, s, rv);
        float size = rv.between(28, 33);
        int lh = Math.round(size * 1.9f);
        p.centred(s.t("号码申请公函"), 200, size * 1.8f, true, s.ink());
        int y = 320;
        p.text(s.t("中国XX通信有限公司" + c.place().city() + "分公司："), 120, y, size);
        y += lh;
        // 兹委托 ____name____ 同志（身份证号：____id____）为我单位语音号码业务管理员...
        int x = p.text(s.t("　　兹委托"), 120, y, size);
        int start = x + 10;
        x = p.handwriting(admin.name(), start + 30, y, size * 1.2f);
        p.underline(start, x + 30, y);
        x = p.text(s.t("同志（身份证号："), x + 40, y, size);
        if (x + p.width(admin.idNumber(), size * 1.1f, false) > 1150) {
            y += lh;
            x = 120;
        }
        int idStart = x;
        x = rv.chance(0.5) ? p.handwriting(admin.idNumber(), x + 10, y, size * 1.05f)
                : p.text(admin.idNumber(), x + 10, y, size);
        p.underline(idStart, x + 10, y);
        y += lh;
        y = p.paragraph(s.t("）为我单位语音号码业务管理员，负责办理号码申请、资料提交及后续变更等事宜。"
                + "我单位对其办理的业务承担全部责任。特此函告。"), 120, y, size, 1000, lh);
        y = Math.max(y + lh, 1050);
        int bx = 560 - rv.between(0, 100);
        int ex = p.text(s.t("单位名称（盖章）："), bx, y, size);
        String name = s.t(c.name());
        if (ex + p.width(name, size, false) > p.width() - 60) {
            y += lh;
            ex = bx + 40;
        }
        p.text(name, ex, y, size);
        int sealY = y;
        y += lh;
        int ax = p.text(s.t(s.spacedLabels() ? "管 理 员：" : "管理员："), bx, y, size);
        p.handwriting(admin.name(), ax + 10, y, size * 1.2f);
        y += lh;
        ax = p.text(s.t("身份证号："), bx, y, size);
        p.text(admin.idNumber(), ax, y, size);
        y += lh;
        ax = p.text(s.t(s.spacedLabels() ? "手　　机：" : "手机："), bx, y, size);
        if (rv.chance(0.5)) {
            p.handwriting(admin.mobile(), ax + 10, y, size * 1.1f);
        } else {
            p.text(admin.mobile(), ax, y, size);
        }
        y += lh;
        ax = p.text(s.t(s.spacedLabels() ? "日　　期：" : "日期："), bx, y, size);
        p.handwriting(Dates.chinese(date, rv.chance(0.3)), ax + 10, y, size * 1.1f);
        boolean sealed = rv.stamped(0.9);
        if (sealed) {
            p.seal(bx + 380 + rv.between(-100, 160), sealY + rv.between(-10, 90), rv.between(110, 140), name, null,
                    0.55f + (float) rv.random().nextDouble() * 0.4f);
        }
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(Fields.ADMIN_NAME_IN_BLANK, admin.name());
        truth.put(Fields.ID_NUMBER, admin.idNumber());
        truth.put(Fields.ADMIN_NAME_AT_SIGNATURE, admin.name());
        truth.put(Fields.MOBILE, admin.mobile());
        truth.put(Fields.LETTER_DATE, date.toString());
        return new Rendered(DocumentType.NUMBER_APPLICATION_LETTER, "number-application", p.finish(), sealed, truth);
    }
}
