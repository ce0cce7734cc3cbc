package org.voicequal.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 居民身份證號碼: the 18-character resident identity number of GB 11643-1999: six-digit region, eight-digit
 * birth date, three-digit sequence and a mod-11 check character (X standing for 10).
 *
 * <p>Personal information: {@link #toString()} is masked so that the number cannot leak into a log line.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public ResidentIdNumber {
        Objects.requireNonNull(value, "value");
        if (value.length() != 18) {
            throw new InvalidIdentifierException("length", "a resident ID number has 18 characters, not " + value.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
                throw new InvalidIdentifierException("charset", "character " + (i + 1) + " must be a digit");
            }
        }
        try {
            LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("birth-date", "characters 7 to 14 are not a calendar date");
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw new InvalidIdentifierException("checksum", "the check character does not match (GB 11643 mod 11)");
        }
    }

    public static ResidentIdNumber of(String value) {
        return new ResidentIdNumber(value == null ? null : value.strip().toUpperCase());
    }

    public static boolean isValid(String candidate) {
        try {
            new ResidentIdNumber(candidate);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    @Override
    public String toString() {
        return Masks.idNumber(value);
    }
}
