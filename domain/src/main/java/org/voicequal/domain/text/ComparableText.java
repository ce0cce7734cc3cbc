package org.voicequal.domain.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.Locale;

/**
 * The one place that decides whether two names or addresses are "the same" across scripts and typing habits:
 * Traditional → Simplified (OpenCC), full-width → half-width (NFKC), every bracket form to {@code ( )}, every
 * middle dot to {@code ·}, no whitespace at all, Latin letters upper-case.
 *
 * <p>Known consequence of OpenCC: distinct Traditional characters that share one Simplified form become equal
 * (於 and 于, 餘 and 余, 鍾 and 钟). For comparing a licence printed in Traditional with a form typed in
 * Simplified that is what we want; 乾 stays 乾 (it is not folded into 干), so 乾/干 remain different.
 */
public final class ComparableText {

    private static final String OPENING = "(（【[〔［｛{〖";
    private static final String CLOSING = ")）】]〕］｝}〗";
    private static final String DOTS = "·•‧・･∙⋅·";

    /**
     * Every character of every Traditional → Simplified entry OpenCC has, characters and phrases: a text with none
     * of them is its own Simplified form.
     */
    private static final BitSet CONVERTIBLE = convertible("/data/dictionary/TSCharacters.txt",
            "/data/dictionary/TSPhrases.txt");

    private ComparableText() {
    }

    /** Whether OpenCC has a Traditional → Simplified entry (of a character or a phrase) with this character. */
    static boolean convertible(int codePoint) {
        return CONVERTIBLE.get(codePoint);
    }

    private static BitSet convertible(String... dictionaries) {
        BitSet keys = new BitSet();
        for (String dictionary : dictionaries) {
            try (InputStream in = ZhConverterUtil.class.getResourceAsStream(dictionary)) {
                if (in == null) {
                    throw new IllegalStateException("OpenCC's dictionary " + dictionary + " is not on the classpath");
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(line -> {
                    int tab = line.indexOf('\t');
                    line.substring(0, tab < 0 ? line.length() : tab).codePoints().forEach(keys::set);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    /** The comparable form of {@code text}; the empty string for null. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** True when both are non-blank and have the same {@linkplain #of comparable form}. */
    public static boolean same(String a, String b) {
        String left = of(a);
        return !left.isEmpty() && left.equals(of(b));
    }

    /**
     * The same folding as {@link #of} but keeping every character in place (whitespace included, one character
     * for one): for matching labels inside an OCR line while still knowing where each character came from.
     */
    public static String fold(String text) {
        String half = text;
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                // a compatibility expansion into several characters (㈱ → (株)) would shift positions: keep it as is
                out.append(nfkc.length() == 1 ? nfkc.charAt(0) : c);
            }
            half = out.toString();
        }
        String simple = toSimple(half);
        StringBuilder out = new StringBuilder(simple.length());
        for (int i = 0; i < simple.length(); i++) {
            out.append(unify(simple.charAt(i)));
        }
        return out.toString();
    }

    private static String toSimple(String text) {
        if (text.codePoints().noneMatch(CONVERTIBLE::get)) {
            return text; // nothing OpenCC would change: its segmentation is most of the cost of a comparison
        }
        String simple = ZhConverterUtil.toSimple(text);
        if (simple.length() == text.length()) {
            return simple;
        }
        // a phrase conversion changed the length: convert character by character to keep positions
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = ZhConverterUtil.toSimple(String.valueOf(text.charAt(i)));
            out.append(one.length() == 1 ? one.charAt(0) : text.charAt(i));
        }
        return out.toString();
    }

    /**
     * Variant forms of one character that the converter leaves alone, each followed by its Simplified form: PP-OCR
     * reads a Traditional font's 豐, 華 and 飲 as these (豊 and 飮 are the Japanese forms, 崋 an old variant of 華).
     */
    private static final String VARIANTS = "豊丰崋华飮饮";

    private static char unify(char c) {
        int variant = VARIANTS.indexOf(c);
        if (variant >= 0 && variant % 2 == 0) {
            return VARIANTS.charAt(variant + 1);
        }
        if (OPENING.indexOf(c) >= 0) {
            return '(';
        }
        if (CLOSING.indexOf(c) >= 0) {
            return ')';
        }
        if (DOTS.indexOf(c) >= 0) {
            return '·';
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c < 128 ? Character.toUpperCase(c) : c;
    }
}
