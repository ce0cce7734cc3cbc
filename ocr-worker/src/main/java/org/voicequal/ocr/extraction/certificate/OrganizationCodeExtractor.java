package org.voicequal.ocr.extraction.certificate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.domain.OrganizationCode;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.extraction.DocumentExtractor;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.extraction.common.Names;
import org.voicequal.ocr.extraction.common.Reads;
import org.voicequal.ocr.extraction.layout.LabelHit;
import org.voicequal.ocr.extraction.layout.Layout;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * 组织机构代码证 (organization code certificate): 机构名称, the 代码 {@code 12345678-9} (GB 11714 check), 法定代表人
 * where printed, and 地址.
 */
public final class OrganizationCodeExtractor implements DocumentExtractor {

    private static final List<String> LABELS = List.of("机构名称", "代码", "组织机构代码", "组织机构代码证",
            "机构类型", "法定代表人", "负责人", "地址", "有效期", "颁发单位", "登记号");
    private static final Pattern CODE = Pattern.compile("([0-9A-Z]{8})[-－—–]?([0-9X])");

    @Override
    public List<FieldRead> extract(PageText page) {
        Layout layout = Layout.of(page, LABELS);
        FieldRead name = layout.valueOf(true, "机构名称")
                .map(v -> Names.enterprise(Fields.ENTERPRISE_NAME, v, LABELS))
                .orElse(FieldRead.unread(Fields.ENTERPRISE_NAME, Reads.NO_LABEL));
        // 代码 also starts the seal's 代码管理专用章: the first hit whose value holds a valid code
        FieldRead code = FieldRead.unread(Fields.ORGANIZATION_CODE, Reads.NO_LABEL);
        for (LabelHit hit : layout.findAll("代码", "组织机构代码")) {
            FieldRead read = code(Optional.of(layout.value(hit, false)));
            if (read.isRead()) {
                code = read;
                break;
            }
            if (!code.isRead() && Reads.NO_LABEL.equals(code.unreadReason())) {
                code = read;
            }
        }
        return List.of(name, code, TaxRegistrationExtractor.legalRepresentative(layout, LABELS),
                Reads.text(Fields.ADDRESS, layout.valueOf(true, "地址")));
    }

    private static FieldRead code(Optional<Span> value) {
        if (value.isEmpty()) {
            return FieldRead.unread(Fields.ORGANIZATION_CODE, Reads.NO_LABEL);
        }
        Span compact = value.get().compact();
        Matcher m = CODE.matcher(compact.text().toUpperCase());
        if (!m.find()) {
            return FieldRead.unread(Fields.ORGANIZATION_CODE, "no 9-character code in the value");
        }
        String code = m.group(1) + m.group(2);
        return TaxRegistrationExtractor.orgCodeValid(code)
                ? Reads.read(Fields.ORGANIZATION_CODE, OrganizationCode.of(code).value(),
                        compact.sub(m.start(), m.end()))
                : FieldRead.unread(Fields.ORGANIZATION_CODE, "check character failed (GB 11714)");
    }
}
