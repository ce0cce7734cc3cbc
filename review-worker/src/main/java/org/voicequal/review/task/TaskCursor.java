package org.voicequal.review.task;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of the queue ended: the last task's deadline and id (the queue's order). Opaque to clients;
 * keyset paging, so tasks that are claimed or decided meanwhile never shift the next page.
 */
public record TaskCursor(Instant dueAt, String qualificationId) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((dueAt + "|" + qualificationId).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code cursor} is not one this API gave out */
    public static TaskCursor parse(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar < 0 || bar == text.length() - 1) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new TaskCursor(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
