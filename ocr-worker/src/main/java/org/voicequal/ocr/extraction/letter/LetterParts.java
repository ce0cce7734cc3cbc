package org.voicequal.ocr.extraction.letter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.extraction.common.Dates;
import org.voicequal.ocr.extraction.common.Reads;
import org.voicequal.ocr.extraction.layout.Layout;
import org.voicequal.ocr.extraction.layout.Span;

/** What both letters share: the date near the bottom and the enterprise's lines ending in 公司. */
final class LetterParts {

    /** A company's name ending a line, perhaps followed by (盖章) — matched on the folded text. */
    private static final Pattern COMPANY = Pattern.compile(
            "([\\p{IsHan}()A-Z0-9·]{4,60}?公司)(?:\\((?:盖章|公章|签章)\\))?$");

    private LetterParts() {
    }

    /** The last date of the page's lower half (a letter is dated under its signature). */
    static FieldRead letterDate(Layout layout) {
        Span lower = Span.EMPTY;
        for (int row = 0; row < layout.rows().size(); row++) {
            if (layout.rows().get(row).box().bottom() > layout.page().height() / 2) {
                lower = lower.concat(layout.rowSpan(row));
            }
        }
        List<Dates.Found> dates = Dates.all(lower);
        return dates.isEmpty() ? FieldRead.unread(Fields.LETTER_DATE, "no date in the lower half of the page")
                : Reads.date(Fields.LETTER_DATE, dates.get(dates.size() - 1));
    }

    /** The bottom-most row of the lower half whose text ends in 公司 (the company under the signature). */
    static Span lastCompanyLine(Layout layout) {
        for (int row = layout.rows().size() - 1; row >= 0; row--) {
            if (layout.rows().get(row).box().bottom() <= layout.page().height() / 2) {
                break;
            }
            Span span = layout.rowSpan(row).strip(Layout.SEPARATORS);
            Matcher m = COMPANY.matcher(ComparableText.fold(span.text()));
            if (m.find()) {
                return span.sub(m.start(1), m.end(1));
            }
        }
        return Span.EMPTY;
    }
}
