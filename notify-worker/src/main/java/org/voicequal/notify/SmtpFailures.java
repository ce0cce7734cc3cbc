package org.voicequal.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Tells a failure that will not pass (a malformed address, a 5xx reply: retrying cannot help) from one that
 * may (the server is unreachable, a 4xx reply such as greylisting or a full queue). Anything unrecognised is
 * treated as passing, since the number of retries is bounded anyway.
 */
final class SmtpFailures {

    enum Kind { TRANSIENT, PERMANENT }

    private SmtpFailures() {
    }

    static Kind classify(Throwable failure) {
        return permanent(failure, 0) ? Kind.PERMANENT : Kind.TRANSIENT;
    }

    /** A short description for the record: the reply code or exception type, never the address. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException e) {
                return "recipient refused: " + e.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException e) {
                return "send refused: " + e.getReturnCode();
            }
            if (t instanceof AddressException) {
                return "malformed address";
            }
        }
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getClass().getSimpleName();
    }

    private static boolean permanent(Throwable t, int depth) {
        if (t == null || depth > 10) {
            return false;
        }
        if (t instanceof AddressException || t instanceof MailPreparationException) {
            return true;
        }
        if (t instanceof SMTPAddressFailedException e) {
            return e.getReturnCode() >= 500;
        }
        if (t instanceof SMTPSendFailedException e) {
            return e.getReturnCode() >= 500;
        }
        if (t instanceof MailSendException e) {
            for (Exception each : e.getMessageExceptions()) {
                if (permanent(each, depth + 1)) {
                    return true;
                }
            }
        }
        return permanent(next(t), depth + 1);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
