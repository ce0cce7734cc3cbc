package org.voicequal.ocr.corpus;

import java.time.LocalDate;

/**
 * ICAO 9303 TD3 machine-readable zone (passport data page): two lines of 44 characters with check digits
 * (weights 7, 3, 1; letters count 10..35, the filler {@code <} 0) on the document number, birth date, expiry
 * date, personal number and the composite.
 */
final class Mrz {

    private Mrz() {
    }

    /** The two lines. {@code surname} and {@code given} in upper-case Latin letters. */
    static String[] td3(String surname, String given, String number, String nationality, LocalDate birth,
                        char sex, LocalDate expiry) {
        String line1 = pad("P<" + nationality + surname + "<<" + given.replace(' ', '<'), 44);
        String num = pad(number, 9);
        String birthS = yymmdd(birth);
        String expiryS = yymmdd(expiry);
        String personal = pad("", 14);
        String line2 = num + check(num) + nationality + birthS + check(birthS) + sex + expiryS + check(expiryS)
                + personal + check(personal);
        String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        return new String[] {line1, line2 + check(composite)};
    }

    static char check(String s) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = c == '<' ? 0 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    private static String yymmdd(LocalDate d) {
        return String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    private static String pad(String s, int length) {
        if (s.length() >= length) {
            return s.substring(0, length);
        }
        return s + "<".repeat(length - s.length());
    }
}
