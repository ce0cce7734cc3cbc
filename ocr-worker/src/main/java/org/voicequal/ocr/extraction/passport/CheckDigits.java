package org.voicequal.ocr.extraction.passport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ICAO 9303 check digits (weights 7, 3, 1; {@code <} = 0, A = 10 … Z = 35), and the repair of a field OCR
 * damaged: {@code K} read for {@code <}, {@code O} for 0, {@code I} for 1… accepted only when exactly one
 * repaired value passes its check digit.
 */
final class CheckDigits {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigits() {
    }

    static boolean passes(String fieldAndCheck) {
        if (fieldAndCheck.isEmpty()) {
            return false;
        }
        char check = fieldAndCheck.charAt(fieldAndCheck.length() - 1);
        if (check < '0' || check > '9') {
            return false;
        }
        int sum = 0;
        String field = fieldAndCheck.substring(0, fieldAndCheck.length() - 1);
        for (int i = 0; i < field.length(); i++) {
            int v = value(field.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i % 3];
        }
        return sum % 10 == check - '0';
    }

    /** The field and check as read if they pass, else the single repair that passes, else null. */
    static String repair(String fieldAndCheck, boolean digitsOnly) {
        if (passes(fieldAndCheck)) {
            return fieldAndCheck;
        }
        List<String> candidates = new ArrayList<>(List.of(""));
        for (int i = 0; i < fieldAndCheck.length(); i++) {
            boolean last = i == fieldAndCheck.length() - 1;
            String options = options(fieldAndCheck.charAt(i), digitsOnly || last);
            List<String> next = new ArrayList<>();
            for (String prefix : candidates) {
                for (char o : options.toCharArray()) {
                    next.add(prefix + o);
                }
            }
            if (next.size() > 256) {
                return null;
            }
            candidates = next;
        }
        Set<String> passing = new LinkedHashSet<>(candidates.stream().filter(CheckDigits::passes).toList());
        return passing.size() == 1 ? passing.iterator().next() : null;
    }

    private static String options(char c, boolean digit) {
        String alikes = switch (c) {
            case 'K', '«', '(' -> "<";
            case 'O', 'Q', 'D' -> "0";
            case 'I', 'L' -> "1";
            case 'Z' -> "2";
            case 'S' -> "5";
            case 'B' -> "8";
            case 'G' -> "6";
            case '0' -> "O";
            case '1' -> "I";
            case '<' -> digit ? "0" : "";
            default -> "";
        };
        String all = c + alikes;
        if (!digit) {
            return all;
        }
        StringBuilder digits = new StringBuilder();
        all.chars().filter(ch -> ch >= '0' && ch <= '9').forEach(ch -> digits.append((char) ch));
        return digits.isEmpty() ? String.valueOf(c) : digits.toString();
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }
}
