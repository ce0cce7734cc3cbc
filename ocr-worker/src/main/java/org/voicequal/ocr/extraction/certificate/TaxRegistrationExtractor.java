package org.voicequal.ocr.extraction.certificate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.domain.OrganizationCode;
import org.voicequal.domain.ResidentIdNumber;
import org.voicequal.domain.UnifiedSocialCreditCode;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.extraction.DocumentExtractor;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.extraction.common.Names;
import org.voicequal.ocr.extraction.common.Reads;
import org.voicequal.ocr.extraction.layout.Layout;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * 税务登记证 (tax registration certificate, before three-in-one): 纳税人名称, the 税务登记号, 法定代表人 and 地址. The number is
 * checked by what it embeds: 15 characters = region + organization code (GB 11714), 18 = a credit code
 * (GB 32100), 20 = a resident ID number (GB 11643) + 2 digits.
 */
public final class TaxRegistrationExtractor implements DocumentExtractor {

    private static final List<String> LABELS = List.of("纳税人名称", "税务登记号", "税务登记证号", "纳税人识别号",
            "法定代表人", "法定代表人(负责人)", "负责人", "地址", "登记注册类型", "经营范围", "批准设立机关", "扣缴义务",
            "税务登记证");
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Z]{15,20}");

    @Override
    public List<FieldRead> extract(PageText page) {
        Layout layout = Layout.of(page, LABELS);
        FieldRead name = layout.valueOf(true, "纳税人名称")
                .map(v -> Names.enterprise(Fields.ENTERPRISE_NAME, v, LABELS))
                .orElse(FieldRead.unread(Fields.ENTERPRISE_NAME, Reads.NO_LABEL));
        return List.of(name, taxNumber(layout.valueOf(false, "税务登记号", "税务登记证号", "纳税人识别号")),
                legalRepresentative(layout, LABELS), Reads.text(Fields.ADDRESS, layout.valueOf(true, "地址")));
    }

    /** 法定代表人 (负责人): the person's name, as every pre-2015 certificate prints it. */
    static FieldRead legalRepresentative(Layout layout, List<String> labels) {
        return layout.valueOf(false, "法定代表人(负责人)", "法定代表人", "负责人")
                .map(v -> Names.person(Fields.LEGAL_REPRESENTATIVE, v, labels))
                .orElse(FieldRead.unread(Fields.LEGAL_REPRESENTATIVE, Reads.NO_LABEL));
    }

    private static FieldRead taxNumber(Optional<Span> value) {
        if (value.isEmpty()) {
            return FieldRead.unread(Fields.TAX_NUMBER, Reads.NO_LABEL);
        }
        Span compact = value.get().compact();
        Matcher m = NUMBER.matcher(compact.text().toUpperCase());
        if (!m.find()) {
            return FieldRead.unread(Fields.TAX_NUMBER, "no 15-, 18- or 20-character number in the value");
        }
        String number = m.group();
        boolean valid = switch (number.length()) {
            case 15 -> orgCodeValid(number.substring(6));
            case 18 -> UnifiedSocialCreditCode.isValid(number);
            case 20 -> ResidentIdNumber.isValid(number.substring(0, 18));
            default -> false;
        };
        return valid ? Reads.read(Fields.TAX_NUMBER, number, compact.sub(m.start(), m.end()))
                : FieldRead.unread(Fields.TAX_NUMBER, "not a valid 15-, 18- or 20-character tax number");
    }

    static boolean orgCodeValid(String code) {
        try {
            OrganizationCode.of(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
