package org.voicequal.domain;

import java.util.Objects;

/**
 * 組織機構代碼: the 9-character organization code of GB 11714 (eight body characters and a mod-11 check
 * character, X standing for 10). It stands alone on older certificates and inside every
 * {@link UnifiedSocialCreditCode}.
 */
public record OrganizationCode(String value) {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public OrganizationCode {
        Objects.requireNonNull(value, "value");
        String compact = value.replace("-", "");
        if (compact.length() != 9) {
            throw new InvalidIdentifierException("length", "an organization code has 9 characters, not " + compact.length());
        }
        for (int i = 0; i < 8; i++) {
            char c = compact.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                throw new InvalidIdentifierException("charset", "character " + (i + 1) + " must be a digit or an upper-case letter");
            }
        }
        if (compact.charAt(8) != checkCharacter(compact.substring(0, 8))) {
            throw new InvalidIdentifierException("checksum", "the check character does not match (GB 11714 mod 11)");
        }
        value = compact;
    }

    public static OrganizationCode of(String value) {
        return new OrganizationCode(value == null ? null : value.strip().toUpperCase());
    }

    public static char checkCharacter(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    @Override
    public String toString() {
        return value;
    }
}
