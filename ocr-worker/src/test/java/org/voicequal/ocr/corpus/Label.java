package org.voicequal.ocr.corpus;

import java.util.Map;

/**
 * What is true about one corpus image, as {@code labels.json} holds it.
 *
 * @param file    the image's file name, relative to the corpus directory
 * @param type    the {@code DocumentType} name it would be submitted as
 * @param layout  the layout variant ({@code two-column}, {@code one-column}, {@code individual},
 *                {@code public-institution}, {@code uscc-certificate}, {@code portrait}, {@code emblem},
 *                {@code in-hand}, {@code passport}, {@code commitment}, {@code number-application},
 *                {@code tax-registration}, {@code organization-code})
 * @param kind    {@code type/layout}, the key reports group by
 * @param quality {@code clean}, {@code scanned} or {@code phone}
 * @param font    the font family of the printed text
 * @param script  {@code simplified} or {@code traditional}
 * @param stamped a red seal was stamped on the original
 * @param sealed  a red seal is visible in this image (a grey copy of a stamped original shows none in red)
 * @param colour  a colour image; false for a grey copy
 * @param width   the image's width in pixels
 * @param height  the image's height in pixels
 * @param fields  true values keyed by {@code Fields} names: dates ISO, {@code LONG_TERM} for an ID card's 长期,
 *                {@code 2099-12-31} for a licence's 长期 term, text as printed (Traditional on Traditional
 *                documents, compared after {@code ComparableText} normalisation)
 * @param mrz     a passport's two MRZ lines joined by a newline; null for other documents
 */
public record Label(String file, String type, String layout, String kind, String quality, String font,
                    String script, boolean stamped, boolean sealed, boolean colour, int width, int height,
                    Map<String, String> fields, String mrz) {
}
