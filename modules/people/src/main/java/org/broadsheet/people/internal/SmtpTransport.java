package org.broadsheet.people.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.broadsheet.shared.Site;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server that {@code broadsheet.mail.smtp.*} names (host, port, user, password,
 * starttls); with no host configured there is none, and mail stays in the outbox. Timeouts are short: a stuck
 * server delays a delivery attempt, never a reader.
 */
@ApplicationScoped
class SmtpTransport {

    @Inject
    @ConfigProperty(name = "broadsheet.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "broadsheet.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "broadsheet.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "broadsheet.mail.smtp.password")
    Optional<String> password;

    /** STARTTLS whenever the server offers it; "required" refuses a server that does not. */
    @Inject
    @ConfigProperty(name = "broadsheet.mail.smtp.starttls", defaultValue = "enable")
    String starttls;

    @Inject
    @ConfigProperty(name = "broadsheet.mail.from", defaultValue = "no-reply@localhost")
    String from;

    @Inject
    Site site;

    @Inject
    Clock clock;

    private Session session;

    @PostConstruct
    void connect() {
        if (host.isEmpty() || host.get().isBlank()) {
            return;
        }
        var properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", String.valueOf("required".equals(starttls)));
        Authenticator login = null;
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            login = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        session = Session.getInstance(properties, login);
    }

    boolean configured() {
        return session != null;
    }

    /** @param unsubscribeUrl where mail the person chose is stopped in one click (RFC 8058); null for other mail */
    void send(String recipient, String subject, String body, String unsubscribeUrl) throws MessagingException {
        var message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(from, site.name(), "UTF-8"));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        // Mail a program sent: auto-responders must not answer it (RFC 3834).
        message.setHeader("Auto-Submitted", "auto-generated");
        if (unsubscribeUrl != null) {
            // The mail program offers "unsubscribe" and stops it with one POST, no page to read.
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        Transport.send(message);
    }
}
