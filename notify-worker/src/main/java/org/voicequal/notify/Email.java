package org.voicequal.notify;

/**
 * One email, ready to send: plain text and HTML of the same words. {@code messageId} is fixed per notification
 * and recipient, so a resend after a crash is recognisable (and collapsed by mail clients).
 */
public record Email(String to, String subject, String text, String html, String messageId) {

    @Override
    public String toString() {
        return "Email[" + messageId + "]"; // never the address or the body in a log line
    }
}
