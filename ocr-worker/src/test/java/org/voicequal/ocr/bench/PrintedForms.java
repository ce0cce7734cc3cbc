package org.voicequal.ocr.bench;

import java.time.LocalDate;
import java.util.List;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.schemas.Fields;

/**
 * The ways a true value can appear in a page's text, for the plain engines' "share of true values verbatim in
 * the page text": a date as 2020年06月01日, 2020年6月1日, 2020.06.01 or 01 JUN 2020; 长期 for a long-term end;
 * an organization code with or without its hyphen. Compared in {@link ComparableText} form (Traditional folded
 * to Simplified, no whitespace, so a value split by a line break still counts when its lines follow each other).
 */
final class PrintedForms {

    private static final List<String> DATE_FIELDS = List.of(Fields.ESTABLISHED_ON, Fields.TERM_FROM, Fields.TERM_TO,
            Fields.ISSUED_ON, Fields.BIRTH_DATE, Fields.VALID_FROM, Fields.VALID_TO, Fields.EXPIRES_ON,
            Fields.LETTER_DATE);
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC"};

    private PrintedForms() {
    }

    /** False for values that are not printed as such (the licence kind is a classification). */
    static boolean printed(String field) {
        return !field.equals(Fields.LICENCE_KIND);
    }

    static boolean inText(String field, String value, String pageText) {
        String page = ComparableText.of(pageText);
        return forms(field, value).stream().map(ComparableText::of).anyMatch(page::contains);
    }

    static List<String> forms(String field, String value) {
        if (value.equals(Fields.LONG_TERM) || (field.equals(Fields.TERM_TO) && value.equals(Fields.LONG_TERM_DATE))) {
            return List.of("长期");
        }
        if (DATE_FIELDS.contains(field)) {
            LocalDate d = LocalDate.parse(value);
            return List.of(String.format("%d年%02d月%02d日", d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                    d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日",
                    String.format("%d.%02d.%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                    String.format("%02d %s %d", d.getDayOfMonth(), MONTHS[d.getMonthValue() - 1], d.getYear()));
        }
        if (field.equals(Fields.ORGANIZATION_CODE) && value.length() == 9) {
            return List.of(value, value.substring(0, 8) + "-" + value.charAt(8));
        }
        return List.of(value);
    }
}
