package org.voicequal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.voicequal.localinfra.FreePort;
import org.voicequal.localinfra.LocalMail;

/**
 * {@link SmtpEmailer#open()} on a real SMTP server (GreenMail), reached through a relay that counts connections:
 * a run of emails goes over one connection, each with its own Message-ID; a server lost in the middle fails only
 * the email being sent, and the next email of the run opens a new connection.
 */
class SmtpSessionIT {

    @Test
    void aRunOfEmailsTakesOneConnectionEachKeepsItsMessageIdAndAFailureDoesNotCarryOver() throws Exception {
        int serverPort = FreePort.pick();
        LocalMail server = LocalMail.start(serverPort);
        try (CountingRelay relay = new CountingRelay(serverPort)) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(relay.port());
            sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "10000");
            sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
            SmtpEmailer emailer = new SmtpEmailer(sender, "no-reply@voicequal.local");

            // When three emails are sent in one run
            try (Emailer.Session session = emailer.open()) {
                for (int i = 1; i <= 3; i++) {
                    session.send(email(i));
                }
            }

            // Then the server has each once, with its own Message-ID, all over one connection
            assertThat(server.messages()).extracting(SmtpSessionIT::messageId)
                    .containsExactly("<n-1@voicequal>", "<n-2@voicequal>", "<n-3@voicequal>");
            assertThat(relay.connections()).isEqualTo(1);

            // When the server goes away in the middle of a run and comes back
            try (Emailer.Session session = emailer.open()) {
                session.send(email(4));
                server.close();
                assertThatThrownBy(() -> session.send(email(5))).isInstanceOf(RuntimeException.class)
                        .satisfies(e -> assertThat(SmtpFailures.classify(e)).isEqualTo(SmtpFailures.Kind.TRANSIENT));
                server = LocalMail.start(serverPort);
                session.send(email(6));
            }

            // Then only the email sent while it was away failed, and the next one went over a new connection
            assertThat(server.messages()).extracting(SmtpSessionIT::messageId).containsExactly("<n-6@voicequal>");
            assertThat(relay.connections()).isGreaterThanOrEqualTo(3);
        } finally {
            server.close();
        }
    }

    private static Email email(int n) {
        return new Email("owner-" + n + "@example.com", "主題 " + n, "text " + n, "<p>html " + n + "</p>",
                "<n-" + n + "@voicequal>");
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TCP relay to the server that counts the connections it accepts; closing one side closes the other. */
    private static final class CountingRelay implements AutoCloseable {

        private final ServerSocket listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();
        private final List<Socket> open = new java.util.concurrent.CopyOnWriteArrayList<>();

        CountingRelay(int serverPort) throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket client = listener.accept();
                        connections.incrementAndGet();
                        Socket upstream;
                        try {
                            upstream = new Socket("127.0.0.1", serverPort);
                        } catch (IOException away) {
                            closeQuietly(client); // the server is away: so is the client's connection
                            continue;
                        }
                        open.add(client);
                        open.add(upstream);
                        pipe(client, upstream);
                        pipe(upstream, client);
                    } catch (IOException e) {
                        // the listener closed, or the server is away: the client sees its connection closed
                    }
                }
            }, "smtp-relay");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        private static void pipe(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // one side closed
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            }, "smtp-relay-pipe");
            t.setDaemon(true);
            t.start();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
            new ArrayList<>(open).forEach(CountingRelay::closeQuietly);
        }
    }
}
