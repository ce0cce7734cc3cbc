package org.voicequal.ocr.extraction.letter;

import java.util.List;
import org.voicequal.domain.text.ComparableText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.extraction.DocumentExtractor;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.extraction.common.CreditCodes;
import org.voicequal.ocr.extraction.common.Names;
import org.voicequal.ocr.extraction.common.Reads;
import org.voicequal.ocr.extraction.layout.Layout;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * 入网承诺书 (commitment letter): the company at the signature ({@code 承诺单位（盖章）：X}, {@code 单位名称：X},
 * or the last line ending in 公司), the credit code when printed, and the date under the signature.
 */
public final class CommitmentLetterExtractor implements DocumentExtractor {

    private static final List<String> LABELS = List.of("承诺单位(盖章)", "承诺单位(签章)", "承诺单位", "单位名称",
            "统一社会信用代码", "法定代表人", "法定代表人(签字)", "日期", "签署日期");

    @Override
    public List<FieldRead> extract(PageText page) {
        Layout layout = Layout.of(page, LABELS);
        return List.of(signatory(layout), creditCode(layout), LetterParts.letterDate(layout));
    }

    private static FieldRead signatory(Layout layout) {
        Optional<Span> labelled = layout.valueOf(false, "承诺单位(盖章)", "承诺单位(签章)", "承诺单位", "单位名称");
        if (labelled.isPresent() && !labelled.get().isEmpty()) {
            FieldRead read = Names.enterprise(Fields.SIGNATORY_COMPANY, withoutSealNote(labelled.get()), LABELS);
            if (read.isRead()) {
                return read;
            }
        }
        Span last = LetterParts.lastCompanyLine(layout);
        return last.isEmpty() ? FieldRead.unread(Fields.SIGNATORY_COMPANY, "no company at the signature")
                : Names.enterprise(Fields.SIGNATORY_COMPANY, last, LABELS);
    }

    /**
     * The value without what is left of the label's (盖章) when the engine lost a character of it: 承诺单位 is then
     * the label found, and （章）厦门… its value; or misread it, （菱章）西安… (corpus 0288).
     */
    static Span withoutSealNote(Span value) {
        Span compact = value.compact();
        String folded = ComparableText.fold(compact.text());
        Matcher note = SEAL_NOTE.matcher(folded);
        return note.lookingAt() ? compact.sub(note.end(), compact.length()) : value;
    }

    private static final Pattern SEAL_NOTE = Pattern.compile("\\((?:[^()]?章|[盖签公])?\\)");

    private static FieldRead creditCode(Layout layout) {
        return layout.valueOf(false, "统一社会信用代码")
                .map(v -> v.isEmpty() ? FieldRead.unread(Fields.CREDIT_CODE, Reads.NO_VALUE)
                        : CreditCodes.read(Fields.CREDIT_CODE, v))
                .orElse(FieldRead.unread(Fields.CREDIT_CODE, Reads.NO_LABEL));
    }
}
