package org.voicequal.ocr.corpus;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.awt.Color;

/**
 * How one document is printed: the font family, the script (licences and letters also come in Traditional
 * characters), the ink, and whether labels are spaced out the way licences print them ({@code 名　　称}).
 *
 * @param font         the AWT font family of the printed text
 * @param handFont     the font family for handwritten fills (AR PL UKai where installed)
 * @param traditional  print in Traditional characters (OpenCC)
 * @param ink          text colour: black or a dark blue
 * @param spacedLabels pad two- and three-character labels with ideographic spaces
 */
record Style(String font, String handFont, boolean traditional, Color ink, boolean spacedLabels) {

    /** The text as printed in this style's script. */
    String t(String simplified) {
        return traditional ? ZhConverterUtil.toTraditional(simplified) : simplified;
    }

    /** A label as printed: Traditional when asked, and spaced out ({@code 名　　称}) when the layout does so. */
    String label(String simplified) {
        String label = t(simplified);
        if (!spacedLabels || label.length() > 3) {
            return label;
        }
        String gap = label.length() == 2 ? "\u3000\u3000" : "\u3000";
        return String.join(gap, label.split(""));
    }

    String script() {
        return traditional ? "traditional" : "simplified";
    }
}
