package org.voicequal.ocr.extraction.idcard;

import java.util.ArrayList;
import java.util.List;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.extraction.DocumentExtractor;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.extraction.common.Reads;
import org.voicequal.ocr.extraction.common.Terms;
import org.voicequal.ocr.extraction.layout.Layout;

/**
 * The emblem side of a resident identity card: 签发机关 (issuing police authority) and 有效期限 (validity,
 * {@code 2015.03.01-2035.03.01} or {@code 2015.03.01-长期}, the end {@link Fields#LONG_TERM} when long-term).
 */
public final class IdCardBackExtractor implements DocumentExtractor {

    private static final List<String> LABELS = List.of("签发机关", "有效期限", "居民身份证", "中华人民共和国");

    @Override
    public List<FieldRead> extract(PageText page) {
        Layout layout = Layout.of(page, LABELS);
        List<FieldRead> reads = new ArrayList<>();
        reads.add(Reads.text(Fields.ISSUER, layout.valueOf(false, "签发机关")));
        reads.addAll(Terms.read(Fields.VALID_FROM, Fields.VALID_TO, layout.valueOf(false, "有效期限"),
                Fields.LONG_TERM));
        return reads;
    }
}
