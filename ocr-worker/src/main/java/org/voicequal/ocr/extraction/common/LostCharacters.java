package org.voicequal.ocr.extraction.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ocr.extraction.FieldRead;

/**
 * Restores a character PP-OCR cannot output in a phrase every licence prints. Its dictionary (ppocr_keys_v1, 6 622
 * characters) lacks common Traditional ones, 責 and 幣 among them, so on a Traditional licence 有限責任公司 comes back
 * as 有限任公司 (or 有限青任公司) and 人民幣100萬元 as 人民100萬元 (or with a look-alike: 人民警50萬元), whatever the image's quality. Only
 * these fixed phrases are restored, in the value's own script; the result is inferred, not read, so it is capped at
 * {@link Names#GUESSED} and never counts as a sure read.
 */
public final class LostCharacters {

    /** 有限責任公司 with 責 lost or read as a look-alike the dictionary has (有限青任公司). */
    private static final Pattern LIABILITY = Pattern.compile("有限[^责責]?任公司");
    /** 人民 then the amount, with the currency's 币 lost or misread as one other Hanzi. */
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("人民(\\p{IsHan})?(?=[0-9０-９])");
    /** The amount then 人民 at the value's end (300萬人民 for 300萬人民幣). */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("(?<=[万萬元])人民$");

    private LostCharacters() {
    }

    /** An enterprise's name or type with 有限責任公司 restored; the read itself when nothing was lost. */
    public static FieldRead inOrganizationForm(FieldRead read) {
        if (!read.isRead()) {
            return read;
        }
        Matcher m = LIABILITY.matcher(read.value());
        if (!m.find()) {
            return read;
        }
        String restored = m.replaceFirst("有限" + (traditional(read.value()) ? "責" : "责") + "任公司");
        return withValue(read, restored);
    }

    /** A registered capital with the currency's 币 (幣) restored. */
    public static FieldRead inCapital(FieldRead read) {
        if (!read.isRead()) {
            return read;
        }
        String currency = traditional(read.value()) ? "人民幣" : "人民币";
        String value = read.value();
        Matcher before = CURRENCY_BEFORE.matcher(value);
        if (before.find() && !"币".equals(before.group(1)) && !"幣".equals(before.group(1))) {
            return withValue(read, value.substring(0, before.start()) + currency + value.substring(before.end()));
        }
        Matcher after = CURRENCY_AFTER.matcher(value);
        if (after.find()) {
            return withValue(read, value.substring(0, after.start()) + currency);
        }
        return read;
    }

    /** Whether the text holds a character that Traditional and Simplified write differently, in its Traditional form. */
    static boolean traditional(String text) {
        return text.codePoints().anyMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        && !ComparableText.fold(Character.toString(c)).equals(Character.toString(c)));
    }

    private static FieldRead withValue(FieldRead read, String value) {
        return new FieldRead(read.name(), value, Math.min(read.confidence(), Names.GUESSED), read.box(),
                read.evidence(), null, read.lines());
    }
}
