package org.voicequal.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through SMTP ({@code spring.mail.*}), as UTF-8 plain text with a stable Message-ID. */
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
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(email.to()));
            message.setSubject(email.subject(), "UTF-8");
            message.setText(email.body(), "UTF-8");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException("cannot build " + email, e);
        }
        sender.send(message);
    }

    private static InternetAddress parse(String address) throws MessagingException, UnsupportedEncodingException {
        InternetAddress parsed = new InternetAddress(address);
        return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
    }
}
