package org.voicequal.domain;

/**
 * How personal and enterprise information is shown when it is masked (資質敏感信息保護): enough to recognise
 * one's own record, not enough to learn anything new.
 */
public final class Masks {

    private Masks() {
    }

    /** 張三豐 → 張**; a single character is fully masked. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.length() <= first ? "*" : name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }

    /** 110101199003071234 → 110***********1234. */
    public static String idNumber(String id) {
        return keepEnds(id, 3, 4);
    }

    /** 13800138000 → 138****8000; a.person@example.com → a*******@example.com. */
    public static String contact(String contact) {
        if (contact == null) {
            return null;
        }
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.charAt(0) + "*".repeat(at - 1) + contact.substring(at);
        }
        return keepEnds(contact, 3, 4);
    }

    /** 杭州示例科技有限公司 → 杭州******公司: keeps the first and last two characters. */
    public static String enterpriseName(String name) {
        return keepEnds(name, 2, 2);
    }

    /** A code (organization code, credit code): keeps the first two and last two characters. */
    public static String code(String code) {
        return keepEnds(code, 2, 2);
    }

    private static String keepEnds(String s, int head, int tail) {
        if (s == null) {
            return null;
        }
        if (s.length() <= head + tail) {
            return "*".repeat(s.length());
        }
        return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }
}
