package org.voicequal.ocr.extraction.licence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.extraction.DocumentExtractor;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.extraction.common.CreditCodes;
import org.voicequal.ocr.extraction.common.Names;
import org.voicequal.ocr.extraction.common.LostCharacters;
import org.voicequal.ocr.extraction.common.Reads;
import org.voicequal.ocr.extraction.layout.LabelHit;
import org.voicequal.ocr.extraction.common.Terms;
import org.voicequal.ocr.extraction.layout.Layout;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * 营业执照 and the certificates that stand in for it (个体工商户 licence, 事业单位法人证书, 统一社会信用代码证书),
 * in either script, one- or two-column. The 证照编号 and 注册号 printed near the credit code are labels of
 * their own here, so their digits can never become the credit code's value.
 */
public final class BusinessLicenceExtractor implements DocumentExtractor {

    static final List<String> LABELS = List.of("统一社会信用代码", "注册号", "证照编号", "编号", "名称", "企业名称",
            "机构名称", "类型", "公司类型", "企业类型", "机构类型", "法定代表人", "法定代表人姓名", "负责人", "经营者",
            "执行事务合伙人", "组成形式", "住所", "经营场所", "营业场所", "主要经营场所", "机构地址", "注册资本",
            "出资额", "开办资金", "成立日期", "注册日期", "营业期限", "营业期限自", "营业期限至", "经营期限",
            "合伙期限", "有效期", "有效期限", "经营范围", "宗旨和业务范围", "经费来源", "举办单位", "登记机关",
            "登记管理机关", "发证机关", "统一社会信用代码证书");
    /** Right-column labels that survive an engine merging them into the left column's line. */
    private static final Set<String> INLINE = Set.of("注册资本", "成立日期", "营业期限");

    @Override
    public List<FieldRead> extract(PageText page) {
        Layout layout = Layout.of(page, LABELS, INLINE);
        LicenceKind kind = kind(layout);
        List<FieldRead> reads = new ArrayList<>();
        reads.add(kindRead(layout, kind));
        reads.add(LostCharacters.inOrganizationForm(named(layout, kind, Fields.ENTERPRISE_NAME, true)));
        reads.add(creditCode(layout));
        reads.add(LostCharacters.inOrganizationForm(enterpriseType(layout, kind)));
        reads.add(named(layout, kind, Fields.LEGAL_REPRESENTATIVE, false));
        reads.add(text(layout, kind, Fields.COMPOSITION_FORM, false));
        reads.add(text(layout, kind, Fields.ADDRESS, true));
        reads.add(LostCharacters.inCapital(text(layout, kind, Fields.REGISTERED_CAPITAL, false)));
        reads.add(kind.labels(Fields.ESTABLISHED_ON).length == 0
                ? FieldRead.notPrinted(Fields.ESTABLISHED_ON, kind.absent(Fields.ESTABLISHED_ON))
                : Reads.date(Fields.ESTABLISHED_ON, layout.valueOf(false, kind.labels(Fields.ESTABLISHED_ON))));
        reads.addAll(term(layout, kind));
        reads.add(IssueDates.read(layout));
        return reads;
    }

    private static LicenceKind kind(Layout layout) {
        // the titles lose characters too (事業單位法人書): their distinctive parts are enough, matched on a row
        // whose lines are joined, so never a part that a row of a licence could spell (信用代码 + 证照编号)
        if (layout.contains("事业单位法人")) {
            return LicenceKind.PUBLIC_INSTITUTION;
        }
        if (layout.contains("信用代码证书")) {
            return LicenceKind.USCC_CERTIFICATE;
        }
        boolean individual = layout.find("经营者", "组成形式").isPresent()
                || layout.valueOf(false, "类型").map(v -> v.text().contains("个体")).orElse(false);
        return individual ? LicenceKind.INDIVIDUAL_BUSINESS : LicenceKind.CORPORATE;
    }

    private static FieldRead kindRead(Layout layout, LicenceKind kind) {
        String keyword = switch (kind) {
            case PUBLIC_INSTITUTION -> "事业单位法人";
            case USCC_CERTIFICATE -> "信用代码证书";
            case INDIVIDUAL_BUSINESS -> layout.contains("个体工商户") ? "个体工商户" : "经营者";
            case CORPORATE -> "营业执照";
        };
        Optional<Span> evidence = layout.keyword(keyword);
        if (evidence.isPresent()) {
            return Reads.read(Fields.LICENCE_KIND, kind.name(), evidence.get());
        }
        if (layout.find("统一社会信用代码", "注册号", "名称", "企业名称").isEmpty()) {
            return FieldRead.unread(Fields.LICENCE_KIND, "no licence title or labels on the page");
        }
        // labels but no title read: a company licence by default, at a confidence that never passes as confident
        return FieldRead.read(Fields.LICENCE_KIND, kind.name(), 0.5, null, null);
    }

    private static FieldRead creditCode(Layout layout) {
        Optional<Span> value = layout.valueOf(false, "统一社会信用代码");
        if (value.isEmpty()) {
            return FieldRead.unread(Fields.CREDIT_CODE, layout.find("注册号").isPresent()
                    ? "only a registration number (注册号), no unified social credit code" : Reads.NO_LABEL);
        }
        FieldRead read = value.get().isEmpty() ? FieldRead.unread(Fields.CREDIT_CODE, Reads.NO_VALUE)
                : CreditCodes.read(Fields.CREDIT_CODE, value.get());
        if (read.isRead()) {
            return read;
        }
        // the two-column layout prints the code under its label, and the rest of the label's row is the 证照编号
        // (its label's first character lost, 照编号：2578…, it is not known as a label): the code is then found in
        // the label's column on the next rows, by its checksum, never the 15-digit number beside it
        LabelHit label = layout.find("统一社会信用代码").orElseThrow();
        double left = label.box().x() - layout.lineHeight();
        double right = label.box().right() + layout.lineHeight();
        for (int row = label.row() + 1; row <= label.row() + 2 && row < layout.rows().size(); row++) {
            FieldRead below = CreditCodes.read(Fields.CREDIT_CODE, layout.region(row, row + 1, left, right));
            if (below.isRead()) {
                return below;
            }
            if (below.isNearMiss() && !read.isNearMiss()) {
                read = below;
            }
        }
        return read;
    }

    private static FieldRead named(Layout layout, LicenceKind kind, String field, boolean enterprise) {
        String[] labels = kind.labels(field);
        if (labels.length == 0) {
            return FieldRead.notPrinted(field, kind.absent(field));
        }
        Optional<Span> value = layout.valueOf(false, labels);
        if (value.isEmpty()) {
            return FieldRead.unread(field, Reads.NO_LABEL);
        }
        if (enterprise && !Names.endsLikeOrganization(value.get().text())) {
            // a name wraps only when its row did not already end it: a row ending in 有限公司 is followed by
            // the next field's value, whose label the engine may have lost (類型 unread on a Traditional page)
            value = layout.valueOf(true, labels);
        }
        return enterprise ? Names.enterprise(field, value.get(), LABELS) : Names.person(field, value.get(), LABELS);
    }

    private static FieldRead text(Layout layout, LicenceKind kind, String field, boolean multiLine) {
        String[] labels = kind.labels(field);
        return labels.length == 0 ? FieldRead.notPrinted(field, kind.absent(field))
                : Reads.text(field, layout.valueOf(multiLine, labels));
    }

    /**
     * The type, on one line, or over two where the two-column layout wraps it (有限责任公司（自然人投资或控 ⏎ 股）):
     * a bracket left open at the line's end goes on under it, up to the bracket that closes it. A value whose
     * bracket no line below closes stays cut short, a guess ({@link Reads#read}).
     */
    private static FieldRead enterpriseType(Layout layout, LicenceKind kind) {
        String[] labels = kind.labels(Fields.ENTERPRISE_TYPE);
        if (labels.length == 0) {
            return FieldRead.notPrinted(Fields.ENTERPRISE_TYPE, kind.absent(Fields.ENTERPRISE_TYPE));
        }
        Optional<Span> value = layout.valueOf(false, labels);
        if (value.isPresent() && Reads.bracketLeftOpen(value.get().compact().text())) {
            Optional<Span> wrapped = layout.valueOf(true, labels).map(Span::compact)
                    .flatMap(BusinessLicenceExtractor::throughClosingBracket);
            if (wrapped.isPresent() && wrapped.get().chars().size() > value.get().compact().chars().size()) {
                value = wrapped;
            }
        }
        return Reads.text(Fields.ENTERPRISE_TYPE, value);
    }

    /** The span up to the bracket that closes its first open one; empty when none closes it. */
    private static Optional<Span> throughClosingBracket(Span span) {
        String text = span.text();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0 && --depth == 0) {
                return Optional.of(span.sub(0, i + 1));
            }
        }
        return Optional.empty();
    }

    private static List<FieldRead> term(Layout layout, LicenceKind kind) {
        String[] labels = kind.labels(Fields.TERM_FROM);
        if (labels.length == 0) {
            return List.of(FieldRead.notPrinted(Fields.TERM_FROM, kind.absent(Fields.TERM_FROM)),
                    FieldRead.notPrinted(Fields.TERM_TO, kind.absent(Fields.TERM_TO)));
        }
        List<FieldRead> term = Terms.read(Fields.TERM_FROM, Fields.TERM_TO, layout.valueOf(true, labels),
                Fields.LONG_TERM_DATE);
        if (!term.get(1).isRead() && layout.find("营业期限至").isPresent()) {
            // old licences print the end on a line of its own: 营业期限至 2025年02月28日
            List<FieldRead> end = Terms.read(Fields.TERM_TO, Fields.TERM_TO, layout.valueOf(false, "营业期限至"),
                    Fields.LONG_TERM_DATE);
            return List.of(term.get(0), end.get(0).isRead() ? end.get(0) : end.get(1));
        }
        return term;
    }
}
