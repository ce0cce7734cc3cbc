package org.voicequal.ocr.extraction.idcard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.extraction.DocumentExtractor;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.extraction.common.Confusables;
import org.voicequal.ocr.extraction.common.Dates;
import org.voicequal.ocr.extraction.common.IdNumbers;
import org.voicequal.ocr.extraction.common.Names;
import org.voicequal.ocr.extraction.common.Reads;
import org.voicequal.ocr.extraction.layout.Layout;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * The portrait side of a resident identity card (居民身份证), flat or held in the hand: name, sex, ethnicity,
 * birth date, address and number. The number's digits 7–14 must agree with the printed birth date; when they
 * do not, both reads are capped at {@link Confusables#CORRECTED_CONFIDENCE} (one of them is misread).
 */
public final class IdCardFrontExtractor implements DocumentExtractor {

    static final List<String> LABELS = List.of("姓名", "性别", "民族", "出生", "住址", "公民身份号码");

    @Override
    public List<FieldRead> extract(PageText page) {
        Layout layout = Layout.of(page, LABELS, Set.of("民族", "出生", "性别"));
        // 姓 lost the way 性 and 住 are (名叶慧, corpus 0167): a surname 名 is too rare to read the line as a name;
        // only that line, as the next label beside it may be lost too (民宾汉 for 民族汉)
        FieldRead name = layout.valueOf(false, "姓名")
                .or(() -> layout.valueAfterLostHead("姓名", "名", false).map(IdCardFrontExtractor::ownLine))
                .map(v -> Names.person(Fields.NAME, v, LABELS))
                .orElse(FieldRead.unread(Fields.NAME, Reads.NO_LABEL));
        FieldRead sex = oneOf(Fields.SEX, layout.valueOf(false, "性别")
                .or(() -> layout.valueAfterLostHead("性别", "别", false)), "男女");
        FieldRead ethnicity = ethnicity(layout.valueOf(false, "民族")
                .or(() -> layout.valueAfterLostHead("民族", "民", false)));
        FieldRead birth = Reads.date(Fields.BIRTH_DATE, layout.valueOf(false, "出生"));
        FieldRead address = Reads.text(Fields.ADDRESS, layout.valueOf(true, "住址")
                .or(() -> layout.valueAfterLostHead("住址", "址", true)));
        FieldRead number = idNumber(layout);
        if (!sex.isRead() && number.isRead()) {
            sex = sexOfNumber(number, sex);
        }
        if (!birth.isRead() && number.isRead() && layout.find("出生").isEmpty()) {
            birth = birthWithoutLabel(layout, number.value()).orElse(birth);
        }
        if (birth.isRead() && number.isRead()
                && !IdNumbers.birthDate(number.value()).toString().equals(birth.value())) {
            birth = capped(birth);
            number = capped(number);
        }
        return List.of(name, sex, ethnicity, birth, address, number);
    }

    /**
     * A hand-held card's small 出生 is often lost while the date beside it is read (1981年10月30日 alone on its
     * row): a date on a row of its own that is exactly the birth date the number encodes is two reads agreeing,
     * not a guess. Any other date stays unread.
     */
    private static Optional<FieldRead> birthWithoutLabel(Layout layout, String number) {
        String encoded = IdNumbers.birthDate(number).toString();
        for (int row = 0; row < layout.rows().size(); row++) {
            List<Dates.Found> dates = Dates.all(layout.rowSpan(row));
            if (dates.size() == 1 && dates.get(0).valid() && dates.get(0).date().toString().equals(encoded)) {
                return Optional.of(Reads.date(Fields.BIRTH_DATE, dates.get(0)));
            }
        }
        return Optional.empty();
    }

    /** The part of {@code value} on the line it starts on. */
    private static Span ownLine(Span value) {
        if (value.isEmpty()) {
            return value;
        }
        var first = value.chars().get(0).line();
        return new Span(value.chars().stream().takeWhile(c -> c.line() == first).toList());
    }

    private static FieldRead idNumber(Layout layout) {
        Optional<Span> value = layout.valueOf(false, "公民身份号码");
        if (value.isPresent() && !value.get().isEmpty()) {
            return IdNumbers.read(Fields.ID_NUMBER, value.get());
        }
        // a hand-held card's small label is often lost: a checked number anywhere, never a confident read
        for (int row = layout.rows().size() - 1; row >= 0; row--) {
            FieldRead read = IdNumbers.read(Fields.ID_NUMBER, layout.rowSpan(row));
            if (read.isRead()) {
                return capped(read);
            }
        }
        if (value.isEmpty()) {
            return FieldRead.unread(Fields.ID_NUMBER, Reads.NO_LABEL);
        }
        // the label read, the number beside it not detected at all (a held card's small digits): the card prints it
        // to the label's right, about three times the label's width; twice its height holds a held card's tilt
        Box label = layout.find("公民身份号码").orElseThrow().box();
        return FieldRead.nearMiss(Fields.ID_NUMBER, Reads.NO_VALUE, new Box(label.right() + label.height() / 4,
                label.y() - label.height() / 2, label.width() * 7 / 2, label.height() * 2), null);
    }

    /**
     * The sex the number encodes (its 17th digit: odd for men, even for women), where the printed one was not read:
     * the card prints the same by construction, but it is derived, not read, so never reported as sure.
     */
    private static FieldRead sexOfNumber(FieldRead number, FieldRead unread) {
        char digit = number.value().charAt(16);
        if (!Character.isDigit(digit)) {
            return unread;
        }
        String sex = (digit - '0') % 2 == 1 ? "男" : "女";
        // no box: nothing printed was read, so there is no crop for the second engine to confirm
        return FieldRead.read(Fields.SEX, sex, Math.min(Layout.GUESSED, number.confidence()), null,
                "公民身份号码第17位 (the ID number's 17th digit)");
    }

    private static FieldRead oneOf(String field, Optional<Span> value, String allowed) {
        if (value.isEmpty()) {
            return FieldRead.unread(field, Reads.NO_LABEL);
        }
        Span span = value.get().compact();
        if (span.isEmpty()) {
            return FieldRead.unread(field, Reads.NO_VALUE);
        }
        Span first = span.sub(0, 1);
        return allowed.indexOf(first.text().charAt(0)) >= 0 ? Reads.read(field, first.text(), first)
                : FieldRead.unread(field, "not one of " + allowed);
    }

    private static FieldRead ethnicity(Optional<Span> value) {
        if (value.isEmpty()) {
            return FieldRead.unread(Fields.ETHNICITY, Reads.NO_LABEL);
        }
        Span span = value.get().compact();
        int han = 0;
        while (han < span.length() && han < 6
                && Character.UnicodeScript.of(span.text().charAt(han)) == Character.UnicodeScript.HAN) {
            han++;
        }
        if (han == 0) {
            return FieldRead.unread(Fields.ETHNICITY, Reads.NO_VALUE);
        }
        // the card prints one of the 56 recognized groups: 园 read for 回 is a misread, not an ethnicity;
        // the longest group that starts the value, so that 哈萨克 wins over 哈尼's neighbours
        String folded = ComparableText.fold(span.sub(0, han).text());
        int length = 0;
        for (String group : ETHNIC_GROUPS) {
            if (folded.startsWith(group) && group.length() > length) {
                length = group.length();
            }
        }
        return length == 0 ? FieldRead.unread(Fields.ETHNICITY, "not one of the 56 ethnic groups")
                : Reads.read(Fields.ETHNICITY, span.sub(0, length).text(), span.sub(0, length));
    }

    /** The 56 ethnic groups as the card prints them (Simplified). */
    private static final List<String> ETHNIC_GROUPS = List.of("汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮",
            "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山",
            "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南",
            "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固",
            "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺");

    private static FieldRead capped(FieldRead read) {
        return read.capped(Confusables.CORRECTED_CONFIDENCE);
    }
}
