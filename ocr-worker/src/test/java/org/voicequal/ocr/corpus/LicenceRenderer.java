package org.voicequal.ocr.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

/**
 * Business licences and the certificates that stand in for one: the current two-column 营业执照 (credit code
 * top left, the 证照编号 distractor top right, a QR-like block, the authority's seal over the issue date),
 * the older one-column layout (sometimes with a 15-digit 注册号 as a second distractor), the individual
 * business's licence (经营者, 组成形式, 经营场所, no term), the 事业单位法人证书 and the
 * 统一社会信用代码证书.
 */
final class LicenceRenderer {

    private final RandomValues rv;

    LicenceRenderer(RandomValues rv) {
        this.rv = rv;
    }

    Rendered twoColumn(Subjects.Company c, Style s) {
        boolean individual = c.kind() == Subjects.LicenceKind.INDIVIDUAL_BUSINESS;
        Canvas p = new Canvas(1754, 1240, paper(), s, rv);
        frame(p);
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(Fields.LICENCE_KIND, c.kind().name());
        float size = rv.between(30, 36);
        int lh = Math.round(size * 1.55f);
        p.centred(s.t("营业执照"), 230, rv.between(96, 120), true, titleColour(s));
        if (rv.chance(0.6)) {
            p.centred(s.t("（副　本）"), 300, size, false, s.ink());
        }
        // top left: the credit code, below its label or beside it; top right: the distractor serial
        int codeX = 130 + rv.between(-20, 20);
        if (rv.chance(0.5)) {
            p.text(s.t("统一社会信用代码"), codeX, 330, size * 0.9f);
            p.text(c.creditCode(), codeX, 330 + lh, size);
        } else {
            int x = p.text(s.t("统一社会信用代码"), codeX, 360, size * 0.9f);
            p.text(c.creditCode(), x + 20, 360, size);
        }
        truth.put(Fields.CREDIT_CODE, c.creditCode());
        String serialLabel = s.t(rv.pick(List.of("证照编号：", "证照编号 ", "编号：")));
        int sx = p.text(serialLabel, 1140, 330, size * 0.75f);
        p.text(c.serial(), sx + 4, 330, size * 0.75f);
        qrBlock(p, 1480, 380, 150);

        int leftX = 130, rightX = 900, labelWidth = 200, colWidth = 720;
        int y = 520;
        y = row(p, leftX, y, labelWidth, colWidth, size, lh, "名称", s.t(c.name()));
        truth.put(Fields.ENTERPRISE_NAME, s.t(c.name()));
        y = row(p, leftX, y, labelWidth, colWidth, size, lh, "类型", s.t(c.type()));
        truth.put(Fields.ENTERPRISE_TYPE, s.t(c.type()));
        y = row(p, leftX, y, labelWidth, colWidth, size, lh, individual ? "经营者" : "法定代表人",
                s.t(c.legalRep().name()));
        truth.put(Fields.LEGAL_REPRESENTATIVE, s.t(c.legalRep().name()));
        if (individual) {
            String form = rv.pick(List.of("个人经营", "家庭经营"));
            y = row(p, leftX, y, labelWidth, colWidth, size, lh, "组成形式", s.t(form));
            truth.put(Fields.COMPOSITION_FORM, s.t(form));
        }
        row(p, leftX, y, labelWidth, colWidth, size * 0.85f, Math.round(lh * 0.85f), "经营范围", s.t(c.scope()));

        int ry = 520;
        if (!individual) {
            ry = row(p, rightX, ry, labelWidth, colWidth, size, lh, "注册资本", s.t(c.capital()));
            truth.put(Fields.REGISTERED_CAPITAL, s.t(c.capital()));
        }
        boolean padded = rv.chance(0.8);
        ry = row(p, rightX, ry, labelWidth, colWidth, size, lh, individual ? "注册日期" : "成立日期",
                s.t(Dates.chinese(c.establishedOn(), padded)));
        truth.put(Fields.ESTABLISHED_ON, c.establishedOn().toString());
        if (!individual) {
            ry = row(p, rightX, ry, labelWidth, colWidth, size, lh, "营业期限", term(c, s, padded));
            truth.put(Fields.TERM_FROM, c.establishedOn().toString());
            truth.put(Fields.TERM_TO, termTo(c));
        }
        row(p, rightX, ry, labelWidth, colWidth, size, lh, individual ? "经营场所" : "住所", s.t(c.address()));
        truth.put(Fields.ADDRESS, s.t(c.address()));

        boolean sealed = issueBlock(p, c, s, size, 1080, 1020);
        truth.put(Fields.ISSUED_ON, c.issuedOn().toString());
        return new Rendered(DocumentType.BUSINESS_LICENCE, individual ? "individual" : "two-column", p.finish(),
                sealed, truth);
    }

    Rendered oneColumn(Subjects.Company c, Style s) {
        Canvas p = new Canvas(1240, 1754, paper(), s, rv);
        frame(p);
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(Fields.LICENCE_KIND, c.kind().name());
        float size = rv.between(28, 34);
        int lh = Math.round(size * 1.7f);
        p.centred(s.t("营业执照"), 260, rv.between(90, 110), true, titleColour(s));
        p.centred(s.t("（副　本）"), 340, size, false, s.ink());
        int y = 460;
        int x = 150, labelWidth = 260, width = 780;
        if (rv.chance(0.4)) {
            y = row(p, x, y, labelWidth, width, size, lh, "注册号", rv.digits(15));
        }
        y = row(p, x, y, labelWidth, width, size, lh, "统一社会信用代码", c.creditCode());
        truth.put(Fields.CREDIT_CODE, c.creditCode());
        y = row(p, x, y, labelWidth, width, size, lh, "名称", s.t(c.name()));
        truth.put(Fields.ENTERPRISE_NAME, s.t(c.name()));
        y = row(p, x, y, labelWidth, width, size, lh, "类型", s.t(c.type()));
        truth.put(Fields.ENTERPRISE_TYPE, s.t(c.type()));
        y = row(p, x, y, labelWidth, width, size, lh, "住所", s.t(c.address()));
        truth.put(Fields.ADDRESS, s.t(c.address()));
        y = row(p, x, y, labelWidth, width, size, lh, "法定代表人", s.t(c.legalRep().name()));
        truth.put(Fields.LEGAL_REPRESENTATIVE, s.t(c.legalRep().name()));
        y = row(p, x, y, labelWidth, width, size, lh, "注册资本", s.t(c.capital()));
        truth.put(Fields.REGISTERED_CAPITAL, s.t(c.capital()));
        boolean padded = rv.chance(0.8);
        y = row(p, x, y, labelWidth, width, size, lh, "成立日期", s.t(Dates.chinese(c.establishedOn(), padded)));
        truth.put(Fields.ESTABLISHED_ON, c.establishedOn().toString());
        y = row(p, x, y, labelWidth, width, size, lh, "营业期限", term(c, s, padded));
        truth.put(Fields.TERM_FROM, c.establishedOn().toString());
        truth.put(Fields.TERM_TO, termTo(c));
        row(p, x, y, labelWidth, width, size * 0.85f, Math.round(lh * 0.8f), "经营范围", s.t(c.scope()));
        boolean sealed = issueBlock(p, c, s, size, 700, 1560);
        truth.put(Fields.ISSUED_ON, c.issuedOn().toString());
        return new Rendered(DocumentType.BUSINESS_LICENCE, "one-column", p.finish(), sealed, truth);
    }

    /** 事业单位法人证书 (public institution) or 统一社会信用代码证书 (code certificate), landscape, one table. */
    Rendered certificate(Subjects.Company c, Style s) {
        boolean institution = c.kind() == Subjects.LicenceKind.PUBLIC_INSTITUTION;
        Canvas p = new Canvas(1754, 1240, paper(), s, rv);
        frame(p);
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(Fields.LICENCE_KIND, c.kind().name());
        float size = rv.between(30, 35);
        int lh = Math.round(size * 1.6f);
        p.centred(s.t(institution ? "事业单位法人证书" : "统一社会信用代码证书"), 220, rv.between(80, 96), true,
                titleColour(s));
        int x = 220, labelWidth = 330, width = 1050, y = 400;
        y = row(p, x, y, labelWidth, width, size, lh, "统一社会信用代码", c.creditCode());
        truth.put(Fields.CREDIT_CODE, c.creditCode());
        y = row(p, x, y, labelWidth, width, size, lh, institution ? "名称" : "机构名称", s.t(c.name()));
        truth.put(Fields.ENTERPRISE_NAME, s.t(c.name()));
        if (institution) {
            y = row(p, x, y, labelWidth, width, size * 0.85f, lh, "宗旨和业务范围", s.t(c.scope()));
        } else {
            y = row(p, x, y, labelWidth, width, size, lh, "机构类型", s.t(c.type()));
            truth.put(Fields.ENTERPRISE_TYPE, s.t(c.type()));
        }
        y = row(p, x, y, labelWidth, width, size, lh, institution ? "住所" : "机构地址", s.t(c.address()));
        truth.put(Fields.ADDRESS, s.t(c.address()));
        y = row(p, x, y, labelWidth, width, size, lh, institution ? "法定代表人" : "负责人",
                s.t(c.legalRep().name()));
        truth.put(Fields.LEGAL_REPRESENTATIVE, s.t(c.legalRep().name()));
        if (institution) {
            y = row(p, x, y, labelWidth, width, size, lh, "经费来源", s.t("财政补助"));
            y = row(p, x, y, labelWidth, width, size, lh, "开办资金", s.t(c.capital()));
        }
        LocalDate to = c.termTo() != null ? c.termTo() : c.issuedOn().plusYears(4);
        row(p, x, y, labelWidth, width, size, lh, "有效期", s.t("自" + Dates.chinese(c.issuedOn(), true) + "至"
                + Dates.chinese(to, true)));
        truth.put(Fields.TERM_FROM, c.issuedOn().toString());
        truth.put(Fields.TERM_TO, to.toString());
        boolean sealed = issueBlock(p, c, s, size, 1150, 1060);
        truth.put(Fields.ISSUED_ON, c.issuedOn().toString());
        return new Rendered(DocumentType.BUSINESS_LICENCE, institution ? "public-institution" : "uscc-certificate",
                p.finish(), sealed, truth);
    }

    /** 2018年05月10日 至 长期, or to a date. */
    private String term(Subjects.Company c, Style s, boolean padded) {
        String sep = rv.pick(List.of(" 至 ", "至", " 至"));
        return s.t(Dates.chinese(c.establishedOn(), padded) + sep
                + (c.termTo() == null ? "长期" : Dates.chinese(c.termTo(), padded)));
    }

    private static String termTo(Subjects.Company c) {
        return c.termTo() == null ? Fields.LONG_TERM_DATE : c.termTo().toString();
    }

    /** The authority, the issue date and (usually) the authority's red seal over the date. */
    private boolean issueBlock(Canvas p, Subjects.Company c, Style s, float size, int x, int y) {
        int lx = p.text(s.label("登记机关"), x, y - 70, size);
        p.text(s.t(c.authority()), lx + 20, y - 70, size * 0.9f);
        p.text(Dates.chinese(c.issuedOn(), true), x + 120, y + 10, size);
        boolean sealed = rv.stamped(0.85);
        if (sealed) {
            int r = rv.between(105, 135);
            p.seal(x + 250 + rv.between(-60, 60), y - 40 + rv.between(-30, 30), r, s.t(c.authority()),
                    s.t("登记专用章"), 0.55f + (float) rv.random().nextDouble() * 0.4f);
        }
        return sealed;
    }

    /** A label at x, the value beside it wrapped within {@code width}; returns the next row's baseline. */
    private int row(Canvas p, int x, int y, int labelWidth, int width, float size, int lh, String label,
                    String value) {
        int labelEnd = p.text(p.style.label(label), x, y, size);
        int vx = Math.max(x + labelWidth, labelEnd + Math.round(size * 0.6f));
        List<String> lines = p.wrap(value, size, width - (vx - x));
        for (String line : lines) {
            p.text(line, vx, y, size);
            y += lh;
        }
        return y + Math.round(lh * 0.25f);
    }

    private Color paper() {
        return rv.chance(0.5) ? Color.WHITE : new Color(250, 246 - rv.between(0, 8), 236 - rv.between(0, 14));
    }

    private Color titleColour(Style s) {
        return rv.chance(0.3) ? new Color(170, 30, 30) : s.ink();
    }

    private void frame(Canvas p) {
        Color c = rv.chance(0.5) ? new Color(170, 130, 60) : new Color(120, 120, 140);
        p.g.setColor(c);
        p.g.setStroke(new BasicStroke(8));
        p.g.drawRect(40, 40, p.width() - 80, p.height() - 80);
        p.g.setStroke(new BasicStroke(2));
        p.g.drawRect(60, 60, p.width() - 120, p.height() - 120);
    }

    /** A QR-code-like block of random modules: the national enterprise-credit QR code's stand-in. */
    private void qrBlock(Canvas p, int x, int y, int size) {
        int n = 25, m = size / n;
        p.g.setColor(Color.BLACK);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean finder = (i < 7 && j < 7) || (i < 7 && j >= n - 7) || (i >= n - 7 && j < 7);
                boolean on = finder ? (i % 6 == 0 || j % 6 == 0 || (i % 7 >= 2 && i % 7 <= 4 && j % 7 >= 2 && j % 7 <= 4))
                        : rv.chance(0.5);
                if (on) {
                    p.g.fillRect(x + i * m, y + j * m, m, m);
                }
            }
        }
    }
}
