package org.voicequal.ocr.reading;

import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ocr.engine.TextLine;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.ocr.extraction.common.Confusables;
import org.voicequal.ocr.extraction.common.CreditCodes;
import org.voicequal.ocr.extraction.common.IdNumbers;
import org.voicequal.ocr.extraction.layout.Span;
import org.voicequal.schemas.Fields;

/**
 * Compares the second engine's read of a field's crop with the leading engine's value. The crop is cut
 * around the value's box with a margin, so it may hold a piece of the label or of a neighbour: the value
 * agrees when the crop's text, normalized for the field's kind, holds it as a whole token — never when it
 * merely resembles it.
 */
final class SecondReading {

    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})");
    private static final Pattern ALNUM_RUN = Pattern.compile("[0-9A-Z]+");
    private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}·()A-Z0-9]+");
    /** Labels the crop may clip: removed before a name is compared. */
    private static final Pattern LABELS = Pattern.compile(
            "^.*?(名称|名稱|姓名|法定代表人|负责人|負責人|经营者|經營者|类型|類型|签发机关|簽發機關|委托|委託|管理员|管理員|单位|單位|盖章|蓋章)");

    /** What follows a name in a letter's blank (委托 X 同志): the crop of the blank holds it; never part of a name. */
    private static final Pattern FOLLOWING = Pattern.compile("(同志|先生|女士).*$");

    private static final Pattern EDGE_NOISE = Pattern.compile("[0-9A-Z]");
    private static final Pattern LEADING_NOISE = Pattern.compile("^[0-9A-Z]+");
    private static final Pattern TRAILING_NOISE = Pattern.compile("[0-9A-Z]+$");
    /** The last characters of the labels before a name (姓名, 名稱, 經營者, 負責人): clipped alone, they stay. */
    private static final String LABEL_TAILS = "名称稱者人";

    private SecondReading() {
    }

    /** How far the second engine's code may lie from the lead's near miss: a character or two misread, one lost. */
    static final int NEAR_MISS_EDITS = 3;

    /**
     * The code the second engine read at a {@linkplain FieldRead#nearMiss near miss}'s box, when it passes the check
     * the lead's read failed and lies within {@link #NEAR_MISS_EDITS} of it (the same print, not another number):
     * a credit code or ID number; at most {@link Confusables#CORRECTED_CONFIDENCE}, as only one engine read it whole.
     */
    static Optional<FieldRead> rescued(FieldRead nearMiss, TextLine second) {
        if (second.text().isBlank()) {
            return Optional.empty();
        }
        Span span = Span.of(new TextLine(second.text(), nearMiss.box(), second.confidence(), second.charConfidences()));
        FieldRead read = switch (nearMiss.name()) {
            case Fields.CREDIT_CODE -> CreditCodes.read(nearMiss.name(), span);
            case Fields.ID_NUMBER -> IdNumbers.read(nearMiss.name(), span);
            default -> FieldRead.unread(nearMiss.name(), "no check to rescue a near miss by");
        };
        if (!read.isRead() || nearMiss.evidence() != null
                && edits(nearMiss.evidence().toUpperCase(), read.value()) > NEAR_MISS_EDITS) {
            return Optional.empty();
        }
        return Optional.of(FieldRead.read(read.name(), read.value(),
                Math.min(read.confidence(), Confusables.CORRECTED_CONFIDENCE), nearMiss.box(), second.text()));
    }

    /** Levenshtein distance. */
    static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The value the second engine read where the leading engine found {@code leadValue}; empty if none usable. */
    static Optional<String> valueIn(FieldKind kind, String leadValue, String secondText) {
        String text = secondText == null ? "" : secondText.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case CODE -> code(leadValue, text);
            case DATE -> date(leadValue, text);
            case NAME -> name(text).map(name -> withoutEdgeNoise(leadValue, name)).filter(name -> !name.isEmpty());
            case TEXT -> Optional.empty();
        };
    }

    /**
     * True when the second engine's read holds less than the lead's value: nothing usable, or a name or code with
     * fewer characters (a character lost, not one read differently).
     */
    static boolean incomplete(FieldKind kind, String leadValue, Optional<String> value) {
        if (value.isEmpty()) {
            return true;
        }
        return switch (kind) {
            case NAME -> ComparableText.of(value.get()).length() < ComparableText.of(leadValue).length();
            case CODE -> value.get().length() < leadValue.length();
            case DATE, TEXT -> false;
        };
    }

    /**
     * The second engine's name where it is the lead's plus only characters the lead cannot write (葛萍琪 from
     * PP-OCR, 諸葛萍琪 from Tesseract's Traditional model: PP-OCR has no 諸): the lead left them out for want of a
     * class, not because the print lacks them. Empty when anything else differs.
     */
    static Optional<String> filledIn(String leadValue, String secondValue, IntPredicate leadCanWrite) {
        StringBuilder writable = new StringBuilder();
        boolean added = false;
        for (int i = 0; i < secondValue.length(); ) {
            int c = secondValue.codePointAt(i);
            if (leadCanWrite.test(c)) {
                writable.appendCodePoint(c);
            } else {
                added = true;
            }
            i += Character.charCount(c);
        }
        return added && same(FieldKind.NAME, leadValue, writable.toString()) ? Optional.of(secondValue) : Optional.empty();
    }

    /**
     * The second engine's name where the lead's guess is that name with characters missing (its characters in
     * the same order, nothing read differently): a guess is a value extraction found cut short, so the longer
     * read of the same box is the better guess. Empty when anything else differs, and when the second read adds
     * a character before the lead's first: a crop's left edge holds the label's last stroke or a speck, which
     * Tesseract reads as 了 or 一 (了丁辉志 for 丁辉志, corpus 0121), and a name is not cut short at its head; and when
     * the lead read a minority name's middle dot, which Tesseract reads as a character (迪和丽娜阿不都 for 迪丽娜·阿不都,
     * corpus 0185): a name read with its dot was read whole.
     */
    static Optional<String> completed(String leadGuess, String secondValue) {
        String lead = ComparableText.of(withoutDots(leadGuess));
        String second = ComparableText.of(withoutDots(secondValue));
        if (lead.isEmpty() || second.length() <= lead.length() || second.length() > 20
                || second.charAt(0) != lead.charAt(0) || !withoutDots(leadGuess).equals(leadGuess)) {
            return Optional.empty();
        }
        int at = 0;
        for (int i = 0; i < second.length() && at < lead.length(); i++) {
            if (second.charAt(i) == lead.charAt(at)) {
                at++;
            }
        }
        return at == lead.length() ? Optional.of(secondValue) : Optional.empty();
    }

    /**
     * Names compare script-insensitively and without the middle dot that joins a minority name's parts
     * (热依拉·吐尔逊): Tesseract drops it or reads it as a stroke of the next character, and it tells no two names
     * apart; every Hanzi must still be the same.
     */
    static boolean same(FieldKind kind, String a, String b) {
        return kind == FieldKind.NAME ? ComparableText.same(withoutDots(a), withoutDots(b)) : a.equalsIgnoreCase(b);
    }

    private static String withoutDots(String name) {
        return name.replaceAll("[·•‧・･∙⋅·]", "");
    }

    /** The alphanumeric run of the value's length; OCR's spaces inside a code are dropped first. */
    private static Optional<String> code(String leadValue, String text) {
        String compact = text.replaceAll("[\\s\\-—]", "").toUpperCase();
        Matcher runs = ALNUM_RUN.matcher(compact);
        String best = null;
        while (runs.find()) {
            String run = runs.group();
            if (run.length() == leadValue.length()) {
                return Optional.of(run);
            }
            if (best == null || Math.abs(run.length() - leadValue.length()) < Math.abs(best.length() - leadValue.length())) {
                best = run;
            }
        }
        // a run of another length is a read of the field that differs (a dropped or extra character)
        return Optional.ofNullable(best != null && best.length() >= leadValue.length() / 2 ? best : null);
    }

    private static Optional<String> date(String leadValue, String text) {
        if (Fields.LONG_TERM.equals(leadValue) || Fields.LONG_TERM_DATE.equals(leadValue)) {
            if (text.contains("长期") || text.contains("長期")) {
                return Optional.of(leadValue);
            }
        }
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String iso = "%s-%02d-%02d".formatted(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        // a crop over a range (validity, business term) holds two dates: the one equal to the lead's agrees
        do {
            String candidate = "%s-%02d-%02d".formatted(m.group(1), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (candidate.equals(leadValue)) {
                return Optional.of(candidate);
            }
        } while (m.find());
        return Optional.of(iso);
    }

    /**
     * A crop a little wider than the value lets the second engine read a stray digit or letter off the edge of
     * the box, or the last character of the label before it (5胡海佳, 1曾新琪, 名冯佳国). Where the lead's value
     * has no such character at that end, it cannot belong to the name.
     */
    static String withoutEdgeNoise(String leadValue, String name) {
        String lead = ComparableText.of(leadValue);
        String out = name;
        if (!lead.isEmpty() && !EDGE_NOISE.matcher(lead.substring(0, 1)).matches()) {
            out = LEADING_NOISE.matcher(out).replaceFirst("");
            if (out.length() > lead.length() && LABEL_TAILS.indexOf(out.charAt(0)) >= 0
                    && !lead.startsWith(ComparableText.of(out.substring(0, 1)))) {
                out = out.substring(1);
            }
        }
        if (!lead.isEmpty() && !EDGE_NOISE.matcher(lead.substring(lead.length() - 1)).matches()) {
            out = TRAILING_NOISE.matcher(out).replaceFirst("");
        }
        return out;
    }

    /**
     * The name in the crop's text, in the characters the engine wrote (a Traditional model's 諸 stays 諸, so that
     * {@link #filledIn} can tell it from a 诸 the lead could have written); found on the text's comparable form.
     */
    private static Optional<String> name(String text) {
        String folded = ComparableText.fold(text);
        StringBuilder raw = new StringBuilder(folded.length());
        StringBuilder comparable = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                raw.append(text.charAt(i));
                comparable.append(c == '（' ? '(' : c == '）' ? ')' : c);
            }
        }
        String normalized = comparable.toString();
        // a label's separator ends whatever piece of the label the crop clipped
        int colon = Math.max(normalized.lastIndexOf(':'), normalized.lastIndexOf('：'));
        int from = colon >= 0 && colon < normalized.length() - 1 ? colon + 1 : 0;
        Matcher label = LABELS.matcher(normalized).region(from, normalized.length());
        if (label.lookingAt()) {
            from = label.end();
        }
        Matcher following = FOLLOWING.matcher(normalized).region(from, normalized.length());
        int to = following.find() ? following.start() : normalized.length();
        Matcher han = HAN_RUN.matcher(normalized).region(from, to);
        StringBuilder name = new StringBuilder();
        while (han.find()) {
            name.append(raw, han.start(), han.end());
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name.toString());
    }
}
