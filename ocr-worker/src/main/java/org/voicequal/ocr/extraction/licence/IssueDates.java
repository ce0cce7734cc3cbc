package org.voicequal.ocr.extraction.licence;

import java.util.List;
import java.util.Optional;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.extraction.common.Dates;
import org.voicequal.ocr.extraction.common.Reads;
import org.voicequal.ocr.extraction.layout.LabelHit;
import org.voicequal.ocr.extraction.layout.Layout;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * The date of issue: the last date at or below 登记机关 in its column (printed under the red seal), or without
 * that label, the last date in the page's bottom part on a row that carries no label and no period.
 */
final class IssueDates {

    private IssueDates() {
    }

    static FieldRead read(Layout layout) {
        Optional<LabelHit> authority = layout.find("登记机关", "登记管理机关", "发证机关");
        Span region;
        if (authority.isPresent()) {
            LabelHit hit = authority.get();
            region = layout.region(hit.row(), layout.rows().size(), hit.box().x() - 2 * layout.lineHeight(),
                    Double.MAX_VALUE);
        } else {
            region = Span.EMPTY;
            for (int row = 0; row < layout.rows().size(); row++) {
                if (layout.rows().get(row).box().y() > layout.page().height() * 0.6 && !layout.labelled(row)
                        && !range(layout.rowSpan(row))) {
                    region = region.concat(layout.rowSpan(row));
                }
            }
        }
        List<Dates.Found> dates = Dates.all(region);
        if (dates.isEmpty()) {
            return FieldRead.unread(Fields.ISSUED_ON, authority.isPresent() ? Reads.NO_DATE
                    : "no date of issue near the bottom of the page");
        }
        return Reads.date(Fields.ISSUED_ON, dates.get(dates.size() - 1));
    }

    /**
     * A row that holds a period (自2025年06月10日至2030年06月09日) is a term or validity whose label was read onto
     * another row, never the date of issue: a phone photo's public-institution certificate gave its term's end as
     * the issue date, both engines agreeing, when the issue date itself was read garbled (corpus 0243).
     */
    private static boolean range(Span row) {
        return Dates.all(row).size() > 1 || row.text().contains("至");
    }
}
