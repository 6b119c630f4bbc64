package org.broadsheet.app.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free port of this machine, which the shared Broadsheet server sends its mail
 * to: tests read what a reader would find in their inbox and follow its links.
 */
final class Mailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final GreenMail smtp;
    final int port;

    private Mailbox(int port) {
        this.port = port;
        this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    static Mailbox start() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new Mailbox(port);
    }

    /** The system properties that send the server's mail here. */
    List<String> serverProperties() {
        return List.of("-Dbroadsheet.mail.smtp.host=127.0.0.1", "-Dbroadsheet.mail.smtp.port=" + port);
    }

    /** The newest mail to {@code address} once it has arrived (delivery is after the request, on its own thread). */
    Message awaitMailTo(String address, Duration patience) {
        return awaitMailsTo(address, 1, patience).getLast();
    }

    /** The mails to {@code address}, oldest first, once at least {@code count} have arrived. */
    List<Message> awaitMailsTo(String address, int count, Duration patience) {
        var deadline = Instant.now().plus(patience);
        while (true) {
            List<Message> mails = Arrays.stream(smtp.getReceivedMessages()).filter(message -> isTo(message, address))
                    .map(Message.class::cast).toList();
            if (mails.size() >= count) {
                return mails;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(mails.size() + " mails to " + address + " arrived within " + patience
                        + ", not " + count);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    static String text(Message mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("\r\n", "\n");
    }

    static String subject(Message mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    /** The mail's header of this name; fails when it has none. */
    static String header(Message mail, String name) {
        try {
            var values = mail.getHeader(name);
            if (values == null) {
                throw new AssertionError("No " + name + " header");
            }
            return values[0];
        } catch (MessagingException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    /** The first web address in the mail's text. */
    static String link(Message mail) {
        var found = LINK.matcher(text(mail));
        if (!found.find()) {
            throw new AssertionError("No link in: " + text(mail));
        }
        return found.group();
    }

    private static boolean isTo(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
