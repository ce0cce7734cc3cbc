package org.voicequal.notify;

/** One email, ready to send. {@code messageId} is derived from the notification, so a resend is recognisable. */
public record Email(String to, String subject, String body, String messageId) {

    @Override
    public String toString() {
        return "Email[" + messageId + "]"; // never the address or the body in a log line
    }
}
