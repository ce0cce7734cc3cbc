package org.voicequal.localinfra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A real SMTP server in this JVM (GreenMail) that accepts mail for any address, plus a plain-text inbox page
 * so that a person running the local default can read what the pipeline sent.
 */
public final class LocalMail implements AutoCloseable {

    private final GreenMail greenMail;
    private HttpServer inbox;
    /** What it had received when it stopped: GreenMail forgets it then. */
    private volatile List<MimeMessage> receivedBeforeStop;

    private LocalMail(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static final long STARTUP_TIMEOUT_MILLIS = 30_000;

    /**
     * On a port the OS chooses as the server binds. A port picked first and bound later can be taken in between by
     * any process's outgoing connection, which draws from the same ephemeral range: RestartIT's second pipeline
     * saw GreenMail fail to bind such a port ("Could not start mail server") on a machine busy with a broker's
     * and a registry's client connections.
     */
    public static LocalMail start() {
        return start(0);
    }

    /**
     * On a given port, e.g. that of a mail server stopped before, so that its clients find it again. A new
     * server starts with an empty inbox; the stopped one still answers {@link #messages()}. Port 0 lets the OS
     * choose; {@link #smtpPort()} tells which.
     */
    public static LocalMail start(int port) {
        // GreenMail gives up on its own start after 2 s by default, which a fresh machine busy starting Kafka and
        // PostgreSQL beside it exceeded (LocalPipelineIT, "Could not start mail server"): a local SMTP server may
        // take as long as the rest of the pipeline does to come up
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(STARTUP_TIMEOUT_MILLIS);
        GreenMail greenMail = new GreenMail(setup);
        greenMail.start();
        return new LocalMail(greenMail);
    }

    public String smtpHost() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** What it received, also after {@link #close()}. */
    public List<MimeMessage> messages() {
        List<MimeMessage> kept = receivedBeforeStop;
        return kept != null ? kept : List.of(greenMail.getReceivedMessages());
    }

    /** Serves the inbox as plain text at {@code http://127.0.0.1:port/}; returns its URL. */
    public String serveInbox(int port) {
        try {
            inbox = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the inbox on port " + port, e);
        }
        inbox.createContext("/", exchange -> {
            byte[] body = render().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        inbox.start();
        return "http://127.0.0.1:" + inbox.getAddress().getPort() + "/";
    }

    private String render() {
        StringBuilder out = new StringBuilder();
        List<MimeMessage> messages = messages();
        out.append(messages.size()).append(" message(s)\n");
        for (MimeMessage message : messages) {
            try {
                out.append("\n==== To: ").append(String.join(", ", java.util.Arrays.stream(message.getAllRecipients())
                                .map(Object::toString).toList()))
                        .append("\nSubject: ").append(message.getSubject())
                        .append("\nDate: ").append(message.getSentDate())
                        .append("\n\n").append(text(message)).append('\n');
            } catch (MessagingException e) {
                out.append("\n(unreadable message: ").append(e.getMessage()).append(")\n");
            }
        }
        return out.toString();
    }

    /**
     * The decoded text of a message (GreenMailUtil.getBody would show quoted-printable): the whole of a
     * plain-text one, the text/plain part of a multipart/alternative one.
     */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/plain")) {
                        return String.valueOf(parts.getBodyPart(i).getContent());
                    }
                }
            }
            return content instanceof String s ? s : String.valueOf(content);
        } catch (MessagingException | IOException e) {
            return "(unreadable body: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (inbox != null) {
            inbox.stop(0);
        }
        if (receivedBeforeStop == null) {
            receivedBeforeStop = List.of(greenMail.getReceivedMessages());
        }
        greenMail.stop();
    }
}
