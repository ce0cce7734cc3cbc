package org.voicequal.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.voicequal.domain.Masks;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.QualificationStatus;

/**
 * The words of each email, from {@code notify/templates/} in resources: Chinese and English in one message,
 * the owner's language first, as plain text and as HTML (sent as multipart/alternative). Names the
 * qualification, never personal data; any ID number that slipped into a reason is masked all the same.
 */
final class Templates {

    /** What an email says, ready to be addressed. */
    record Rendered(String subject, String text, String html) {
    }

    // 18-digit resident ID (last may be X), 15-digit old ID, passport numbers (a letter or two and 7-8 digits)
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z-])(\\d{17}[\\dXx]|\\d{15}|[A-Za-z]{1,2}\\d{7,8})(?![0-9A-Za-z-])");
    private static final String BASE = "/notify/templates/";
    private static final Properties ZH = properties("zh.properties");
    private static final Properties EN = properties("en.properties");
    private static final String TEXT = resource("text.txt");
    private static final String SECTION = resource("section.html");
    private static final String PAGE = resource("page.html");

    private Templates() {
    }

    static Rendered render(NotificationRequested n) {
        boolean englishFirst = n.getLocale().startsWith("en");
        String subject = words(ZH, "subject", n.getStatus()) + " / " + words(EN, "subject", n.getStatus()) + ": "
                + mask(n.getQualificationName());
        String zhText = text(ZH, n);
        String enText = text(EN, n);
        String text = englishFirst ? enText + "\n----\n\n" + zhText : zhText + "\n----\n\n" + enText;
        String zhHtml = html(ZH, "zh", n);
        String enHtml = html(EN, "en", n);
        String html = fill(PAGE, Map.of("subject", escape(subject), "first", englishFirst ? enHtml : zhHtml,
                "second", englishFirst ? zhHtml : enHtml));
        return new Rendered(subject, text, html);
    }

    private static String text(Properties words, NotificationRequested n) {
        List<String> reasons = reasons(words, n);
        return fill(TEXT, Map.of("greeting", words.getProperty("greeting"), "intro", intro(words, n),
                "reasons", reasons.isEmpty() ? "" : "\n" + words.getProperty("reasons") + "\n"
                        + reasons.stream().map(r -> "- " + r).collect(Collectors.joining("\n")) + "\n",
                "action", words.getProperty("action." + n.getStatus(), ""),
                "id", words.getProperty("id").replace("{id}", n.getQualificationId())));
    }

    private static String html(Properties words, String lang, NotificationRequested n) {
        List<String> reasons = reasons(words, n);
        return fill(SECTION, Map.of("lang", lang, "greeting", escape(words.getProperty("greeting")),
                "intro", escape(intro(words, n)),
                "reasons", reasons.isEmpty() ? "" : "<p>" + escape(words.getProperty("reasons")) + "</p>\n<ul>\n"
                        + reasons.stream().map(r -> "<li>" + escape(r) + "</li>").collect(Collectors.joining("\n")) + "\n</ul>",
                "action", escape(words.getProperty("action." + n.getStatus(), "")),
                "id", escape(words.getProperty("id").replace("{id}", n.getQualificationId()))));
    }

    private static String intro(Properties words, NotificationRequested n) {
        return words.getProperty("intro").replace("{name}", mask(n.getQualificationName()))
                .replace("{status}", words(words, "status", n.getStatus()));
    }

    private static List<String> reasons(Properties words, NotificationRequested n) {
        return n.getReasons().stream().map(r -> mask(words == ZH ? r.getMessageZh() : r.getMessageEn())).toList();
    }

    private static String words(Properties words, String kind, QualificationStatus status) {
        return words.getProperty(kind + "." + status, words.getProperty(kind + ".OTHER", status.name()));
    }

    /** Masks anything shaped like an ID or passport number: reasons are codes and words, but never trust that. */
    static String mask(String text) {
        Matcher m = ID_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Masks.idNumber(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    private static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Properties properties(String name) {
        Properties p = new Properties();
        try (InputStream in = Templates.class.getResourceAsStream(BASE + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("template " + name + " is missing from " + BASE, e);
        }
        return p;
    }

    private static String resource(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(BASE + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NullPointerException e) {
            throw new IllegalStateException("template " + name + " is missing from " + BASE, e);
        }
    }
}
