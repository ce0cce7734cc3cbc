package org.voicequal.ocr.reading;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * The script a page is printed in — Simplified (简体) or Traditional (繁體) — judged from the leading engine's
 * text of it. It decides which model the second engine reads the page's names with: Tesseract's {@code chi_sim}
 * cannot write a Traditional 諸 at all, so where PP-OCR, which cannot either, left it out of a name, only the
 * Traditional model reads the whole name. Codes, dates and numbers stay with {@code chi_sim}: read with
 * {@code chi_tra} on the corpus's Traditional pages, 5 of their confirmations were lost.
 */
enum Script {
    SIMPLIFIED,
    TRADITIONAL;

    /** Traditional-only characters before a page counts as Traditional: a stray one is a name, not the print. */
    private static final int TRADITIONAL_AT_LEAST = 3;

    /**
     * Traditional when its characters that exist only in Traditional outnumber those that exist only in
     * Simplified. Characters common to both (有限公司) say nothing; PP-OCR reads some Traditional characters in
     * their Simplified form, so a Traditional page still holds a few Simplified-only ones.
     */
    static Script of(String text) {
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isIdeographic(c)) {
                continue;
            }
            String one = String.valueOf(c);
            if (!ZhConverterUtil.toSimple(one).equals(one)) {
                traditional++;
            } else if (!ZhConverterUtil.toTraditional(one).equals(one)) {
                simplified++;
            }
        }
        return traditional >= TRADITIONAL_AT_LEAST && traditional > simplified ? TRADITIONAL : SIMPLIFIED;
    }
}
