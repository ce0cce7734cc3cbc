package org.voicequal.ocr.extraction.passport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;
import org.voicequal.ocr.extraction.DocumentExtractor;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.extraction.common.Confusables;
import org.voicequal.ocr.extraction.common.Names;
import org.voicequal.ocr.extraction.common.Reads;
import org.voicequal.ocr.extraction.layout.Layout;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * A passport's data page, read from its two-line TD3 machine-readable zone (ICAO 9303): number, nationality, birth
 * date and expiry, each with its check digit verified, and sex. A field repaired to pass its check digit is capped
 * at {@link Confusables#CORRECTED_CONFIDENCE}.
 *
 * <p>The name is the one the application types: on a Chinese passport the Hanzi printed under 姓名/Name in the
 * visual zone (the zone spells only its pinyin); on any other, the zone's surname and given names separated by one
 * space. Sex and nationality, which no check digit covers, are taken from the zone and the visual zone together: where
 * both are read and differ, the value is never reported as sure.
 */
public final class PassportExtractor implements DocumentExtractor {

    /** The two lines of the zone, if the page has them: a line starting with P, and the next plausible one. */
    static Optional<MrzLine[]> zone(PageText page) {
        List<TextLine> candidates = page.lines().stream().filter(MrzLine::plausible)
                .sorted((a, b) -> Integer.compare(a.box().y(), b.box().y())).toList();
        for (int i = 0; i + 1 < candidates.size(); i++) {
            String first = candidates.get(i).text().strip().toUpperCase();
            if (first.startsWith("P")) {
                return Optional.of(new MrzLine[] {MrzLine.of(candidates.get(i)), MrzLine.of(candidates.get(i + 1))});
            }
        }
        // PP-OCR drops the long filler run that ends the first line (P<CHNHUANG<<NUOZI<< and nothing after),
        // or the whole line: the second line alone carries number, nationality and dates, each check-digited
        for (TextLine second : candidates) {
            if (!second.text().strip().toUpperCase().startsWith("P")) {
                TextLine first = page.lines().stream().filter(l -> l != second && firstLineHead(l))
                        .filter(l -> l.box().bottom() <= second.box().centerY()
                                && second.box().y() - l.box().bottom() < 2 * second.box().height())
                        .max(Comparator.comparingInt(l -> l.box().y()))
                        .orElse(new TextLine("", second.box(), 0));
                return Optional.of(new MrzLine[] {MrzLine.of(first), MrzLine.of(second)});
            }
        }
        return Optional.empty();
    }

    /** The start of a first zone line, however short the engine read it: P, a filler or type, then letters. */
    private static boolean firstLineHead(TextLine line) {
        return line.text().strip().toUpperCase().replace('«', '<').matches("P[<A-Z][A-Z]{3}[A-Z<]*");
    }

    public static boolean hasZone(PageText page) {
        return zone(page).isPresent();
    }

    @Override
    public List<FieldRead> extract(PageText page) {
        Optional<MrzLine[]> zone = zone(page);
        if (zone.isEmpty()) {
            String reason = "no machine-readable zone";
            return List.of(FieldRead.unread(Fields.PASSPORT_NUMBER, reason), FieldRead.unread(Fields.NAME, reason),
                    FieldRead.unread(Fields.NATIONALITY, reason), FieldRead.unread(Fields.BIRTH_DATE, reason),
                    FieldRead.unread(Fields.EXPIRES_ON, reason));
        }
        MrzLine top = zone.get()[0];
        MrzLine bottom = zone.get()[1];
        VisualZone visual = new VisualZone(page);
        FieldRead zoneName = name(top);
        FieldRead name = visualName(visual).orElse(zoneName);
        return List.of(checked(Fields.PASSPORT_NUMBER, bottom, 0, 9, false),
                name,
                sex(bottom, visual),
                nationality(bottom, visual),
                checked(Fields.BIRTH_DATE, bottom, 13, 19, true),
                checked(Fields.EXPIRES_ON, bottom, 21, 27, true));
    }

    /** The visual zone's labels (Simplified); the English half beside each (姓名/Name) is not part of the value. */
    static final List<String> VISUAL_LABELS = List.of("类型", "国家码", "护照号", "姓名", "性别", "国籍",
            "出生日期", "出生地点", "签发日期", "签发地点", "有效期至", "签发机关");

    /** The Hanzi that start the value under 姓名 (梁子敏 LIANG, ZIMIN): empty on a passport printed without them. */
    private static Optional<FieldRead> visualName(VisualZone visual) {
        Optional<Span> value = visual.valueOf("姓名");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Span span = value.get().compact();
        // the label's English half when the engine read it on the value's row (姓名/Name 张伟 ZHANG WEI)
        int start = 0;
        while (start < span.length() && "/NAMEname. ".indexOf(span.text().charAt(start)) >= 0) {
            start++;
        }
        int end = start;
        while (end < span.length() && isNamePart(span.text().charAt(end))) {
            end++;
        }
        if (end - start < 2) {
            return Optional.empty();
        }
        FieldRead read = Names.person(Fields.NAME, span.sub(start, end), VISUAL_LABELS);
        return read.isRead() ? Optional.of(read) : Optional.empty();
    }

    private static boolean isNamePart(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "·•‧・".indexOf(c) >= 0;
    }

    /** 男/M under 性别 and the zone's M or F at position 20 of its second line. */
    private static FieldRead sex(MrzLine line, VisualZone visual) {
        String code = line.text(20, 21);
        String fromZone = "M".equals(code) ? "男" : "F".equals(code) ? "女" : null;
        Optional<Span> printed = visual.valueOf("性别").map(Span::compact).filter(s -> !s.isEmpty())
                .map(s -> s.sub(0, 1)).filter(s -> "男女".contains(s.text()));
        if (printed.isPresent()) {
            String value = printed.get().text();
            return fromZone == null || fromZone.equals(value) ? Reads.read(Fields.SEX, value, printed.get())
                    : Reads.read(Fields.SEX, value, printed.get(), Layout.GUESSED);
        }
        return fromZone == null ? FieldRead.unread(Fields.SEX, "no sex in the zone or under 性别")
                : Reads.read(Fields.SEX, fromZone, line.span(20, 21));
    }

    private static FieldRead checked(String field, MrzLine line, int from, int check, boolean date) {
        String raw = line.text(from, check + 1);
        if (raw.length() != check + 1 - from) {
            return FieldRead.unread(field, "the zone's second line is too short");
        }
        String repaired = CheckDigits.repair(raw, date);
        if (repaired == null) {
            return FieldRead.unread(field, "check digit failed (ICAO 9303)");
        }
        Span span = line.span(from, check + 1);
        double cap = repaired.equals(raw) ? 1 : Confusables.CORRECTED_CONFIDENCE;
        String value = repaired.substring(0, repaired.length() - 1);
        if (!date) {
            return Reads.read(field, value.replace("<", ""), span, cap);
        }
        LocalDate parsed = date(value, Fields.EXPIRES_ON.equals(field));
        return parsed == null ? FieldRead.unread(field, Reads.INVALID_DATE)
                : Reads.read(field, parsed.toString(), span, cap);
    }

    private static LocalDate date(String yymmdd, boolean expiry) {
        try {
            int yy = Integer.parseInt(yymmdd.substring(0, 2));
            int thisYear = LocalDate.now().getYear();
            // a birth year after this year's two digits is last century's; an expiry is at most 20 years ahead
            int century = expiry ? (2000 + yy <= thisYear + 20 ? 2000 : 1900) : (yy <= thisYear % 100 ? 2000 : 1900);
            return LocalDate.of(century + yy, Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static FieldRead name(MrzLine line) {
        // names hold letters only: a 0 in them is an O (GU0<<T0NGGU0)
        String names = Confusables.asLetters(line.text(5, MrzLine.LENGTH)).replaceAll("[<K]+$", "");
        Span span = line.span(5, 5 + names.length());
        if (!names.contains("<<") && names.indexOf("KK") > 0 && names.indexOf("KK") == names.lastIndexOf("KK")) {
            names = names.replace("KK", "<<"); // pinyin has no KK: the separator misread
        }
        int split = names.indexOf("<<");
        if (split <= 0 || !names.matches("[A-Z<]+")) {
            return FieldRead.unread(Fields.NAME, "no surname and given names in the zone");
        }
        String surname = names.substring(0, split).replace('<', ' ').strip();
        String given = names.substring(split + 2).replace('<', ' ').strip().replaceAll(" +", " ");
        return Reads.read(Fields.NAME, given.isEmpty() ? surname : surname + " " + given, span);
    }

    /**
     * The zone's code, its digits read as the letters they resemble (0HN); a Chinese passport's 中国/CHINESE under
     * 国籍 says CHN, and settles a code the zone spells otherwise, which is then never reported as sure.
     */
    private static FieldRead nationality(MrzLine line, VisualZone visual) {
        String raw = line.text(10, 13).replace("<", "");
        String code = Confusables.asLetters(raw);
        Optional<Span> printed = visual.valueOf("国籍").map(Span::compact)
                .filter(s -> s.text().contains("中国") || s.text().toUpperCase().contains("CHINESE"));
        if (printed.isPresent()) {
            // a zone code read as letters throughout that is not CHN contradicts the page; a damaged one does not
            return "CHN".equals(code) ? Reads.read(Fields.NATIONALITY, code, line.span(10, 13))
                    : Reads.read(Fields.NATIONALITY, "CHN", printed.get(),
                            raw.matches("[A-Z]{3}") ? Layout.GUESSED : 1);
        }
        return code.matches("[A-Z]{3}") ? Reads.read(Fields.NATIONALITY, code, line.span(10, 13))
                : FieldRead.unread(Fields.NATIONALITY, "no nationality code in the zone");
    }
}
