package org.voicequal.ocr.extraction;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicequal.domain.OrganizationCode;
import org.voicequal.domain.ResidentIdNumber;
import org.voicequal.domain.UnifiedSocialCreditCode;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;

/** Builds engine output by hand: lines with boxes and per-character confidences, pages, and valid identifiers. */
final class Pages {

    static final float CONFIDENCE = 0.95f;

    private Pages() {
    }

    /** A line read at {@link #CONFIDENCE} for every character. */
    static TextLine line(String text, int x, int y, int width, int height) {
        float[] confidences = new float[text.length()];
        Arrays.fill(confidences, CONFIDENCE);
        return new TextLine(text, new Box(x, y, width, height), CONFIDENCE, confidences);
    }

    /** A line whose characters are read at {@link #CONFIDENCE} except {@code low} at index {@code at}. */
    static TextLine line(String text, int x, int y, int width, int height, int at, float low) {
        float[] confidences = new float[text.length()];
        Arrays.fill(confidences, CONFIDENCE);
        confidences[at] = low;
        return new TextLine(text, new Box(x, y, width, height), CONFIDENCE, confidences);
    }

    /** A line 40 px high, 40 px a character wide (Hanzi) at (x, y). */
    static TextLine at(String text, int x, int y) {
        return line(text, x, y, 40 * text.length(), 40);
    }

    static PageText page(int width, int height, TextLine... lines) {
        return new PageText("test", width, height, List.of(lines));
    }

    static Map<String, FieldRead> byName(List<FieldRead> reads) {
        Map<String, FieldRead> map = new LinkedHashMap<>();
        reads.forEach(r -> map.put(r.name(), r));
        return map;
    }

    /** A valid unified social credit code from its first 17 characters. */
    static String creditCode(String first17) {
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        UnifiedSocialCreditCode.of(code);
        return code;
    }

    static String idNumber(String first17) {
        String number = first17 + ResidentIdNumber.checkCharacter(first17);
        ResidentIdNumber.of(number);
        return number;
    }

    static String organizationCode(String body8) {
        return body8 + "-" + OrganizationCode.checkCharacter(body8);
    }

    /** ICAO 9303 check digit, computed independently of the production code. */
    static char mrzCheck(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int v = c == '<' ? 0 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }
}
