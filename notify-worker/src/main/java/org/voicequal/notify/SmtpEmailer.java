package org.voicequal.notify;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends through SMTP ({@code spring.mail.*}) as multipart/alternative: UTF-8 plain text, then HTML (clients
 * show the last part they can render). The Message-ID is the notification's own, not one JavaMail makes up.
 *
 * <p>A {@link #open() session} sends a dispatcher's claimed batch over one SMTP connection instead of one
 * connection per email (connecting, greeting and the provider look-ups were most of the dispatcher's time). Each
 * email is still its own SMTP transaction with its own Message-ID, and fails alone; after a failure the
 * connection is closed and the next email opens a new one, so a broken connection never carries over.
 */
public class SmtpEmailer implements Emailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpEmailer.class);

    /** Jakarta Mail's name for the system property that names its stream provider. */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail 2.1 asks java.util.ServiceLoader for its StreamProvider on every use (several times per
        // message: encoding the subject, each body part, writing), unless this property names the class. In the
        // launcher's nested jars each look-up scans every jar: it was 61 % of the dispatcher's CPU (JFR over the
        // load bench, docs/performance.md), the slowest stage of the pipeline. Angus Mail, on the classpath beside the API, is the provider
        // the look-up finds anyway; an operator's own setting is kept.
        System.getProperties().putIfAbsent(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private final JavaMailSender sender;
    private final String from;
    private volatile InternetAddress fromAddress; // parsed once, at the first email

    public SmtpEmailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Email email) {
        sender.send(message(email));
    }

    @Override
    public Session open() {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            return this::send; // a sender whose connection cannot be held: one each, as before
        }
        return new Connection(smtp);
    }

    private MimeMessage message(Email email) {
        MimeMessage message = new MimeMessage(sender.createMimeMessage().getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", email.messageId());
            }
        };
        try {
            message.setFrom(from());
            // strict: an address the server could never deliver to is refused here, as a permanent failure
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.to(), true));
            message.setSubject(email.subject(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("cannot build " + email, e);
        }
        return message;
    }

    private InternetAddress from() throws MessagingException, UnsupportedEncodingException {
        InternetAddress parsed = fromAddress;
        if (parsed == null) {
            parsed = parse(from);
            fromAddress = parsed;
        }
        return (InternetAddress) parsed.clone();
    }

    private static InternetAddress parse(String address) throws MessagingException, UnsupportedEncodingException {
        InternetAddress parsed = new InternetAddress(address);
        return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
    }

    /**
     * One SMTP connection, opened at the first email, kept for the next ones. Failures are thrown as
     * {@link JavaMailSenderImpl} throws them (so {@link SmtpFailures} sorts them the same way).
     */
    private final class Connection implements Session {

        private final JavaMailSenderImpl smtp;
        private Transport transport;

        Connection(JavaMailSenderImpl smtp) {
            this.smtp = smtp;
        }

        @Override
        public void send(Email email) {
            MimeMessage message = message(email);
            try {
                if (message.getSentDate() == null) {
                    message.setSentDate(new Date());
                }
                message.saveChanges(); // keeps the Message-ID: updateMessageID sets the notification's own
            } catch (MessagingException e) {
                throw new MailPreparationException("cannot build " + email, e);
            }
            Transport connected = connected();
            try {
                connected.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                close(); // whatever state the conversation was left in, the next email starts a fresh one
                throw new MailSendException(Map.of(message, e));
            }
        }

        private Transport connected() {
            if (transport != null) {
                return transport;
            }
            String username = smtp.getUsername();
            String password = smtp.getPassword();
            if ("".equals(username)) { // as JavaMailSenderImpl: empty means none
                username = null;
                if ("".equals(password)) {
                    password = null;
                }
            }
            Transport opened = null;
            try {
                opened = smtp.getProtocol() == null ? smtp.getSession().getTransport()
                        : smtp.getSession().getTransport(smtp.getProtocol());
                opened.connect(smtp.getHost(), smtp.getPort(), username, password);
            } catch (AuthenticationFailedException e) {
                closeQuietly(opened);
                throw new MailAuthenticationException(e);
            } catch (MessagingException e) {
                closeQuietly(opened);
                throw new MailSendException("Mail server connection failed", e);
            }
            transport = opened;
            return opened;
        }

        @Override
        public void close() {
            Transport open = transport;
            transport = null;
            closeQuietly(open);
        }

        private void closeQuietly(Transport open) {
            if (open == null) {
                return;
            }
            try {
                open.close();
            } catch (MessagingException e) {
                log.debug("closing the SMTP connection failed: {}", e.toString()); // every email on it had its answer
            }
        }
    }
}
