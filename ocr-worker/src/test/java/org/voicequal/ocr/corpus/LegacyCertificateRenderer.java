package org.voicequal.ocr.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

/**
 * Certificates of the years before three-in-one licences, still submitted on the 400 form: the 税务登记证
 * (纳税人名称, 税务登记号 = region code + organization code) and the 组织机构代码证 (代码 {@code 12345678-9},
 * 机构名称), each with its issuing office's seal.
 */
final class LegacyCertificateRenderer {

    private final RandomValues rv;

    LegacyCertificateRenderer(RandomValues rv) {
        this.rv = rv;
    }

    Rendered taxRegistration(Subjects.Company c, Style s) {
        Canvas p = page(s);
        float size = rv.between(30, 34);
        int lh = Math.round(size * 1.7f);
        p.centred(s.t("税务登记证"), 210, rv.between(80, 96), true, s.ink());
        p.centred(s.t("（副　本）"), 280, size, false, s.ink());
        String taxNumber = c.place().region() + c.organizationCode();
        int x = 200, y = 400, lw = 300;
        y = row(p, x, y, lw, size, lh, s.t("纳税人名称"), s.t(c.name()));
        y = row(p, x, y, lw, size, lh, s.t("税务登记号"), taxNumber);
        y = row(p, x, y, lw, size, lh, s.label("法定代表人"), s.t(c.legalRep().name()));
        y = row(p, x, y, lw, size, lh, s.label("地址"), s.t(c.address()));
        y = row(p, x, y, lw, size, lh, s.t("登记注册类型"), s.t(c.type()));
        row(p, x, y, lw, size * 0.85f, lh, s.t("经营范围"), s.t(c.scope()));
        String office = s.t(c.place().city() + "地方税务局");
        p.text(s.t("发证机关：") + office, 1000, 1060, size);
        p.text(Dates.chinese(c.issuedOn(), true), 1100, 1120, size);
        boolean sealed = rv.stamped(0.85);
        if (sealed) {
            p.seal(1250 + rv.between(-60, 60), 1060 + rv.between(-40, 20), rv.between(105, 130), office, null,
                    0.6f + (float) rv.random().nextDouble() * 0.35f);
        }
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(Fields.ENTERPRISE_NAME, s.t(c.name()));
        truth.put(Fields.TAX_NUMBER, taxNumber);
        truth.put(Fields.LEGAL_REPRESENTATIVE, s.t(c.legalRep().name()));
        truth.put(Fields.ADDRESS, s.t(c.address()));
        return new Rendered(DocumentType.TAX_REGISTRATION_CERTIFICATE, "tax-registration", p.finish(), sealed,
                truth);
    }

    Rendered organizationCode(Subjects.Company c, Style s) {
        Canvas p = page(s);
        float size = rv.between(30, 34);
        int lh = Math.round(size * 1.7f);
        p.centred(s.t("中华人民共和国"), 170, size * 1.4f, true, s.ink());
        p.centred(s.t("组织机构代码证"), 280, rv.between(80, 96), true, s.ink());
        String code = c.organizationCode();
        String printed = code.substring(0, 8) + "-" + code.charAt(8);
        int x = 200, y = 420, lw = 260;
        y = row(p, x, y, lw, size, lh, s.label("代码"), printed);
        y = row(p, x, y, lw, size, lh, s.t("机构名称"), s.t(c.name()));
        y = row(p, x, y, lw, size, lh, s.t("机构类型"), s.t(rv.pick(List.of("企业法人", "企业非法人", "事业法人"))));
        y = row(p, x, y, lw, size, lh, s.label("地址"), s.t(c.address()));
        row(p, x, y, lw, size, lh, s.t("有效期"), s.t("自" + Dates.chinese(c.issuedOn(), true) + "至"
                + Dates.chinese(c.issuedOn().plusYears(4), true)));
        p.text(s.t("颁发单位：") + s.t(c.place().city() + "质量技术监督局"), 950, 1060, size);
        p.text(s.t("登记号：组代管") + rv.digits(6) + "-" + rv.digits(6), 200, 1060, size * 0.8f);
        boolean sealed = rv.stamped(0.85);
        if (sealed) {
            p.seal(1250 + rv.between(-60, 60), 1040 + rv.between(-40, 20), rv.between(105, 130),
                    s.t(c.place().city() + "质量技术监督局"), s.t("代码管理专用章"),
                    0.6f + (float) rv.random().nextDouble() * 0.35f);
        }
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(Fields.ORGANIZATION_CODE, code);
        truth.put(Fields.ENTERPRISE_NAME, s.t(c.name()));
        truth.put(Fields.ADDRESS, s.t(c.address()));
        return new Rendered(DocumentType.ORGANIZATION_CODE_CERTIFICATE, "organization-code", p.finish(), sealed,
                truth);
    }

    private Canvas page(Style s) {
        Canvas p = new Canvas(1754, 1240, new Color(252, 250, 244), s, rv);
        p.g.setColor(new Color(60, 110, 160));
        p.g.setStroke(new BasicStroke(10));
        p.g.drawRect(45, 45, p.width() - 90, p.height() - 90);
        return p;
    }

    private int row(Canvas p, int x, int y, int lw, float size, int lh, String label, String value) {
        int labelEnd = p.text(label, x, y, size);
        int vx = Math.max(x + lw, labelEnd + Math.round(size * 0.6f));
        for (String line : p.wrap(value, size, 1200 - (vx - x))) {
            p.text(line, vx, y, size);
            y += lh;
        }
        return y + lh / 4;
    }
}
