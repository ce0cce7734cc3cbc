package org.voicequal.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through SMTP ({@code spring.mail.*}) as multipart/alternative: UTF-8 plain text, then HTML (clients
 * show the last part they can render). The Message-ID is the notification's own, not one JavaMail makes up.
 */
public class SmtpEmailer implements Emailer {

    private final JavaMailSender sender;
    private final String from;

    public SmtpEmailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Email email) {
        MimeMessage message = new MimeMessage(sender.createMimeMessage().getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", email.messageId());
            }
        };
        try {
            message.setFrom(parse(from));
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
        sender.send(message);
    }

    private static InternetAddress parse(String address) throws MessagingException, UnsupportedEncodingException {
        InternetAddress parsed = new InternetAddress(address);
        return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
    }
}
