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
 * that label, the last date in the page's bottom part on a row that carries no label.
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
                if (layout.rows().get(row).box().y() > layout.page().height() * 0.6 && !layout.labelled(row)) {
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
}
