package org.voicequal.ocr.extraction.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Corrects OCR's look-alike characters in a code (O→0, I→1, Z→2, S→5...) — only characters the code's alphabet
 * cannot hold, and only when exactly one correction passes the code's check. The check is what licenses the
 * correction; the caller still lowers the read's confidence ({@link #CORRECTED_CONFIDENCE}), because a
 * check character catches one substitution in 31 (or 11) by chance and a wrong-but-confident code would make a
 * wrong value "agree" with the form.
 */
public final class Confusables {

    /** The highest confidence a corrected read may carry: below any threshold that accepts without review. */
    public static final double CORRECTED_CONFIDENCE = 0.5;

    private Confusables() {
    }

    /**
     * The single correction of {@code raw} that lies in {@code alphabet} and passes {@code check}; null when there is
     * none or more than one. {@code raw} itself is not tried (the caller checks it first).
     */
    public static String correct(String raw, String alphabet, Predicate<String> check) {
        List<String> candidates = new ArrayList<>(List.of(""));
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            String options = alphabet.indexOf(c) >= 0 ? String.valueOf(c) : lookAlikes(c);
            options = options.chars().filter(o -> alphabet.indexOf(o) >= 0)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (options.isEmpty()) {
                return null;
            }
            List<String> next = new ArrayList<>();
            for (String prefix : candidates) {
                for (char o : options.toCharArray()) {
                    next.add(prefix + o);
                }
            }
            if (next.size() > 64) {
                return null; // too many unknowns: the check could no longer tell
            }
            candidates = next;
        }
        List<String> passing = candidates.stream().filter(check).toList();
        return passing.size() == 1 ? passing.get(0) : null;
    }

    /**
     * {@code raw} with the digits that look like capitals read as those capitals (0→O, 1→I, 5→S, 8→B, 2→Z, 6→G):
     * for a zone's fields that hold letters only, where no check digit could license anything subtler.
     */
    public static String asLetters(String raw) {
        StringBuilder letters = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            letters.append(switch (c) {
                case '0' -> 'O';
                case '1' -> 'I';
                case '5' -> 'S';
                case '8' -> 'B';
                case '2' -> 'Z';
                case '6' -> 'G';
                default -> c;
            });
        }
        return letters.toString();
    }

    private static String lookAlikes(char c) {
        return switch (c) {
            case 'O', 'o', 'Q', 'D' -> "0D";
            case 'I', 'l', 'i', '|', '!' -> "1";
            case 'Z', 'z' -> "2";
            case 'S', 's' -> "5";
            case 'V', 'v' -> "UY";
            case 'B' -> "8B";
            case 'G' -> "6G";
            case 'x', '×' -> "X";
            default -> Character.isLowerCase(c) ? String.valueOf(Character.toUpperCase(c)) : "";
        };
    }
}
