package org.voicequal.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LocalMailTest {

    @Test
    void aServerOnAPortTheOsChoseReceivesMailAndKeepsItAfterItStops() throws Exception {
        LocalMail mail = LocalMail.start();
        try {
            assertThat(mail.smtpPort()).isPositive();
            Properties properties = new Properties();
            properties.put("mail.smtp.host", mail.smtpHost());
            properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress("pipeline@example.com"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("owner@example.com"));
            message.setSubject("資質審核");
            message.setText("已收到");
            Transport.send(message);
        } finally {
            mail.close();
        }
        assertThat(mail.messages()).singleElement()
                .satisfies(received -> assertThat(received.getSubject()).isEqualTo("資質審核"))
                .satisfies(received -> assertThat(LocalMail.text(received)).contains("已收到"));
    }
}
