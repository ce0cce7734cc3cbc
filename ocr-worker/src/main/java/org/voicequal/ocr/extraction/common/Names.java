package org.voicequal.ocr.extraction.common;

import java.util.Collection;
import java.util.regex.Pattern;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.ocr.extraction.layout.Span;

/** Checks that a value is a plausible person's or enterprise's name before it is reported as read. */
public final class Names {

    /** 2–20 Hanzi; minority names join their parts with a middle dot (买买提·艾力). */
    private static final Pattern PERSON = Pattern.compile("[\\p{IsHan}]+(?:[·•‧・][\\p{IsHan}]+)*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Punctuation around a name that is never part of it. */
    private static final String PUNCTUATION = "：:;；,，、.。\"'“”‘’";
    /** Never inside an organization's name. */
    private static final String COLONS = "：:";

    private Names() {
    }

    /** A person's name, or unread when it is not 2–20 Hanzi or holds a label. */
    public static FieldRead person(String field, Span value, Collection<String> labels) {
        Span span = value.compact().strip(PUNCTUATION);
        if (span.isEmpty()) {
            return FieldRead.unread(field, Reads.NO_VALUE);
        }
        String text = span.text();
        long hanzi = HAN.matcher(text).results().count();
        if (hanzi == 1 && PERSON.matcher(text).matches() && roomForMore(span)) {
            // one Hanzi alone in a box with room for two or more (朱 of 朱華: PP-OCR lost the second): a name cut
            // short, kept as a guess for the second engine's read of the box to complete
            return Reads.read(field, text, span, GUESSED);
        }
        if (!PERSON.matcher(text).matches() || hanzi < 2 || hanzi > 20) {
            return FieldRead.unread(field, "not a person's name (2 to 20 Hanzi)");
        }
        if (holdsLabel(text, labels, 2)) {
            return FieldRead.unread(field, "the value holds a label");
        }
        return Reads.read(field, text, span);
    }

    /** A box at least one and a half characters wide: Hanzi are about as wide as they are high. */
    private static boolean roomForMore(Span span) {
        org.voicequal.ocr.engine.Box box = span.box();
        return box != null && box.height() > 0 && box.width() >= 1.5 * box.height();
    }

    /** An enterprise's name: Hanzi with brackets and Latin letters allowed, no label inside. */
    public static FieldRead enterprise(String field, Span value, Collection<String> labels) {
        Span span = value.compact().strip(PUNCTUATION);
        if (span.isEmpty()) {
            return FieldRead.unread(field, Reads.NO_VALUE);
        }
        String text = span.text();
        if (HAN.matcher(text).results().count() < 2) {
            return FieldRead.unread(field, "not an enterprise name");
        }
        if (holdsLabel(text, labels, 3)) {
            return FieldRead.unread(field, "the value holds a label");
        }
        if (TYPE_ONLY.matcher(ComparableText.of(text)).matches()) {
            // nothing but an organization form (其他有限责任公司): the value of the 类型 row below, taken when the
            // name's own value was not read — both engines would agree on it, so it must never count as the name
            return FieldRead.unread(field, "the value is an enterprise type, not a name");
        }
        Span inner = span.strip(PUNCTUATION);
        if (inner.text().chars().anyMatch(c -> COLONS.indexOf(c) >= 0)) {
            // a colon inside a name (宏业明德：（上海）…) is the engine's, read between two boxes of the value:
            // left out, and the name no longer exactly as read
            Span kept = new Span(inner.chars().stream().filter(c -> COLONS.indexOf(c.character()) < 0).toList());
            return Reads.read(field, kept.text(), kept, GUESSED);
        }
        // a seal over the name's end makes the engine drop its last characters (…有限公): a name that does not
        // end the way organizations' names end may be cut short, so it is never reported as sure
        return endsLikeOrganization(text) ? Reads.read(field, text, span)
                : Reads.read(field, text, span, GUESSED);
    }

    /** A value that is an enterprise type and nothing else: a name always has its own words before the form. */
    private static final Pattern TYPE_ONLY = Pattern.compile(
            "(其他)?(有限责任公司|股份有限公司|有限公司|个人独资企业|个体工商户|个体户|普通合伙企业|有限合伙企业|合伙企业|"
                    + "全民所有制|集体所有制|股份合作制|农民专业合作社|外商投资企业|事业单位|社会团体)(\\(.*\\))?");

    /** The confidence cap of a value that may be incomplete. */
    public static final double GUESSED = 0.5;

    /** What registered organizations' names end with (folded), after a trailing bracket such as (普通合伙). */
    private static final Pattern ORGANIZATION_END = Pattern.compile(
            ".*(公司|集团|中心|店|厂|社|院|所|学校|中学|小学|大学|学院|幼儿园|协会|学会|商会|基金会|银行|部|馆|站|"
                    + "场|行|室|局|委员会|企业|园|处)(\\([^()]*\\))?");

    public static boolean endsLikeOrganization(String text) {
        return ORGANIZATION_END.matcher(ComparableText.fold(text)).matches();
    }

    private static boolean holdsLabel(String text, Collection<String> labels, int shortest) {
        String folded = ComparableText.of(text);
        return labels.stream().filter(l -> l.length() >= shortest).anyMatch(folded::contains);
    }
}
