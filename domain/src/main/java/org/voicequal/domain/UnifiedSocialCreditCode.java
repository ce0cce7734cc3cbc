package org.voicequal.domain;

import java.util.Objects;

/**
 * 統一社會信用代碼: the 18-character unified social credit code of GB 32100-2015. Characters 9 to 17 are the
 * embedded {@link OrganizationCode} (組織機構代碼); the last character is a mod-31 check character.
 */
public record UnifiedSocialCreditCode(String value) {

    /** GB 32100's code alphabet: digits and upper-case letters without I, O, S, V, Z. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != 18) {
            throw new InvalidIdentifierException("length",
                    "a unified social credit code has 18 characters, not " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new InvalidIdentifierException("charset",
                        "character " + (i + 1) + " is not in the GB 32100 alphabet");
            }
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw new InvalidIdentifierException("checksum", "the check character does not match (GB 32100 mod 31)");
        }
    }

    public static UnifiedSocialCreditCode of(String value) {
        return new UnifiedSocialCreditCode(value == null ? null : value.strip().toUpperCase());
    }

    /** True when {@code candidate} is a well-formed code; for scanning OCR text without exceptions. */
    public static boolean isValid(String candidate) {
        try {
            new UnifiedSocialCreditCode(candidate);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** 組織機構代碼 embedded in characters 9 to 17. */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    @Override
    public String toString() {
        return value;
    }
}
