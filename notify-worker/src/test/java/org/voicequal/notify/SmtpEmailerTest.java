package org.voicequal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpEmailerTest {

    @Test
    void namesTheStreamProviderTheServiceLoaderWouldFindSoJakartaMailSkipsTheLookUp() {
        new SmtpEmailer(new JavaMailSenderImpl(), "no-reply@example.com");

        String named = System.getProperty(SmtpEmailer.STREAM_PROVIDER);
        Class<?> found = ServiceLoader.load(StreamProvider.class).findFirst().orElseThrow().getClass();
        assertThat(named).isEqualTo(found.getName());
        assertThat(StreamProvider.provider()).isInstanceOf(found);
    }
}
