package org.voicequal.ocr.extraction.letter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.extraction.DocumentExtractor;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.extraction.common.IdNumbers;
import org.voicequal.ocr.extraction.common.Names;
import org.voicequal.ocr.extraction.common.Reads;
import org.voicequal.ocr.extraction.layout.Layout;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * 号码申请公函 (number-application letter): the administrator named in the blank after 兹委托, the name signed
 * after 管理员（签字）or 经办人, the administrator's ID number and mobile, and the letter's date.
 */
public final class NumberApplicationLetterExtractor implements DocumentExtractor {

    private static final List<String> LABELS = List.of("管理员(签字)", "管理员签字", "管理员(签名)", "经办人(签字)",
            "经办人", "管理员", "申请单位(盖章)", "申请单位", "日期");
    /** The blank's line, as the engine reads it: underscores, or dashes where the underline runs alone (－蒋霞_). */
    private static final String UNDERLINE = "[_＿\\-－—―‐]*";
    /** The blank: after 委托, up to what follows a name in the sentence. */
    private static final Pattern BLANK = Pattern.compile("(委托|兹委(?!托))" + UNDERLINE + "([\\p{IsHan}·•]{2,20}?)"
            + UNDERLINE + "(?:同志|先生|女士|[(,]|身份证|作为|为我)");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    @Override
    public List<FieldRead> extract(PageText page) {
        Layout layout = Layout.of(page, LABELS);
        FieldRead atSignature = layout.valueOf(false, "管理员(签字)", "管理员签字", "管理员(签名)", "经办人(签字)",
                "经办人", "管理员").map(v -> Names.person(Fields.ADMIN_NAME_AT_SIGNATURE, v, LABELS))
                .orElse(FieldRead.unread(Fields.ADMIN_NAME_AT_SIGNATURE, Reads.NO_LABEL));
        FieldRead inBlank = inBlank(layout);
        if (atSignature.isRead() && !(inBlank.isRead() && inBlank.value().equals(atSignature.value()))) {
            // the signature lies under the applicant's seal, whose lettering the engine mixes in or hides part
            // of the name behind: only the blank in the letter's body confirms it
            atSignature = Reads.capped(atSignature, Names.GUESSED);
            if (inBlank.isRead()) {
                inBlank = Reads.capped(inBlank, Names.GUESSED);
            }
        }
        return List.of(inBlank, atSignature, idNumber(layout), mobile(layout), LetterParts.letterDate(layout));
    }

    private static FieldRead inBlank(Layout layout) {
        Span text = all(layout);
        // matched on the folded text (委託 → 委托), positions kept one for one
        Matcher m = BLANK.matcher(ComparableText.fold(text.text()));
        if (!m.find()) {
            return FieldRead.unread(Fields.ADMIN_NAME_IN_BLANK, "no name after 委托");
        }
        FieldRead read = Names.person(Fields.ADMIN_NAME_IN_BLANK, text.sub(m.start(2), m.end(2)), LABELS);
        if (read.isRead()) {
            // the second engine reads the blank with what frames it, 委托 … 同志: a handwritten name's box,
            // estimated from character positions on a line of print, is too narrow to hold all of it
            Span framed = text.sub(m.start(1), m.end());
            read = FieldRead.read(read.name(), read.value(), read.confidence(), framed.box(), read.evidence(),
                    framed.lineBoxes());
        }
        // 兹委 without 托: the engine lacks the glyph 託 on a Traditional letter, and may have lost one of the
        // name's too
        return read.isRead() && m.group(1).equals("兹委") ? Reads.capped(read, Names.GUESSED) : read;
    }

    private static FieldRead idNumber(Layout layout) {
        // over the whole letter: the number often wraps from one row to the next
        return IdNumbers.read(Fields.ID_NUMBER, all(layout));
    }

    private static FieldRead mobile(Layout layout) {
        Span text = all(layout);
        Matcher m = MOBILE.matcher(text.text());
        return m.find() ? Reads.read(Fields.MOBILE, m.group(), text.sub(m.start(), m.end()))
                : FieldRead.unread(Fields.MOBILE, "no 11-digit mobile number");
    }

    /** The whole letter in reading order, whitespace removed (the sentence wraps over rows). */
    private static Span all(Layout layout) {
        Span all = Span.EMPTY;
        for (int row = 0; row < layout.rows().size(); row++) {
            all = all.concat(layout.rowSpan(row));
        }
        return all;
    }
}
