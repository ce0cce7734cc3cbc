package org.voicequal.ocr.extraction;

import java.util.List;
import java.util.Objects;
import org.voicequal.ocr.engine.Box;

/**
 * One field of one document as extraction found it: the value read, how sure the read is, and the evidence
 * (the line it came from, where it lies) — or, when it could not be read, why not. Values are normalized to
 * the form the form uses: dates as ISO {@code yyyy-MM-dd}, codes upper-case, names without spaces.
 *
 * @param name         the field, one of {@link Fields}
 * @param value        the value read; null when unread
 * @param confidence   0..1: the lowest per-character confidence over the value's characters
 * @param box          where the value lies on the page; when unread, null, or where a code lies whose read failed its
 *                     check ({@link #nearMiss}), so that another engine may read it there
 * @param evidence     the text of the line (or lines) the value was taken from; when unread, null, or the near miss's
 *                     characters as read
 * @param unreadReason why the field was not read (no label found, label without a value, checksum failed...);
 *                     null when read
 * @param lines        where each printed line of a value that wraps lies, top to bottom (the second engine reads
 *                     them one by one); empty when the value is one line, or unread
 * @param notPrinted   unread because this kind of document does not print the field (a company's licence has no
 *                     组成形式), not because the page could not be read: nothing to read again
 */
public record FieldRead(String name, String value, double confidence, Box box, String evidence, String unreadReason,
        List<Box> lines, boolean notPrinted) {

    public FieldRead {
        Objects.requireNonNull(name, "name");
        lines = lines == null || lines.size() < 2 ? List.of() : List.copyOf(lines);
        if ((value == null) == (unreadReason == null)) {
            throw new IllegalArgumentException("a field is either read (value) or unread (reason): " + name);
        }
        if (notPrinted && value != null) {
            throw new IllegalArgumentException("a field read is printed: " + name);
        }
    }

    public FieldRead(String name, String value, double confidence, Box box, String evidence, String unreadReason,
            List<Box> lines) {
        this(name, value, confidence, box, evidence, unreadReason, lines, false);
    }

    public static FieldRead read(String name, String value, double confidence, Box box, String evidence) {
        return new FieldRead(name, value, confidence, box, evidence, null, List.of());
    }

    /** A read of a value printed over {@code lines} (one box per line, top to bottom). */
    public static FieldRead read(String name, String value, double confidence, Box box, String evidence,
            List<Box> lines) {
        return new FieldRead(name, value, confidence, box, evidence, null, lines);
    }

    /** This read with its confidence lowered to at most {@code cap}. */
    public FieldRead capped(double cap) {
        return new FieldRead(name, value, Math.min(cap, confidence), box, evidence, unreadReason, lines, notPrinted);
    }

    public static FieldRead unread(String name, String reason) {
        return new FieldRead(name, null, 0, null, null, reason, List.of());
    }

    /** Unread because this kind of document does not print the field ({@code reason} says which kind). */
    public static FieldRead notPrinted(String name, String reason) {
        return new FieldRead(name, null, 0, null, null, reason, List.of(), true);
    }

    /**
     * Unread, but a code of about the right length was read at {@code box} and failed its check (a character lost,
     * added or misread): the print is there, and a second engine's read of the same box may pass.
     */
    public static FieldRead nearMiss(String name, String reason, Box box, String asRead) {
        return new FieldRead(name, null, 0, Objects.requireNonNull(box, "box"), asRead, reason, List.of());
    }

    /** Unread, with a box where a code was read that failed its check. */
    public boolean isNearMiss() {
        return value == null && box != null;
    }

    /** This unread field without its near miss. */
    public FieldRead withoutNearMiss() {
        return isNearMiss() ? unread(name, unreadReason) : this;
    }

    public boolean isRead() {
        return value != null;
    }

    @Override
    public String toString() {
        // values are personal data (names, ID numbers): a log line shows the field and whether it was read
        return isRead() ? "FieldRead[" + name + " read, confidence " + confidence + "]"
                : "FieldRead[" + name + " unread: " + unreadReason + "]";
    }
}
