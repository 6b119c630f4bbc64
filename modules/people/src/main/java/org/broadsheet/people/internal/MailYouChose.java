package org.broadsheet.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Logger;
import org.broadsheet.people.ChosenMail;
import org.broadsheet.people.MailLinksUnavailableException;
import org.broadsheet.people.MailTopic;
import org.broadsheet.people.ModeratorsMail;
import org.broadsheet.people.RequestOrigin;
import org.broadsheet.shared.Roles;

/**
 * Mail a person chose to get, which other modules announce as events: sent only to those who chose it (and may
 * still sign in), each with a link that stops it, in the page's words and in one click (RFC 8058).
 */
@ApplicationScoped
class MailYouChose {

    private static final Logger LOG = Logger.getLogger(MailYouChose.class.getName());

    /** Where the one-click stop is POSTed (people.ui.OneClickStop), and the page a person's browser opens. */
    static final String ONE_CLICK = "mail/unsubscribe";
    static final String PAGE = "mail/stop";

    private static final Map<String, Object> FRESH = Map.of("jakarta.persistence.cache.retrieveMode",
            CacheRetrieveMode.BYPASS);

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailroom mailroom;

    @Inject
    MailLinks links;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    void send(@Observes ChosenMail mail) {
        // Read fresh: the person may have stopped this mail, or been banned, on another instance a moment ago.
        var account = em.find(Account.class, mail.accountId(), FRESH);
        if (account != null && wants(account, mail.topic())) {
            post(account, mail.topic(), mail.subject(), mail.body(), mail.path());
        }
    }

    void send(@Observes ModeratorsMail mail) {
        em.createQuery("select a from Account a where a.mailModerationDigest = true", Account.class)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultStream()
                .filter(account -> wants(account, MailTopic.MODERATION_DIGEST))
                .forEach(account -> post(account, MailTopic.MODERATION_DIGEST, mail.subject(), mail.body(), mail.path()));
    }

    /** What they chose, and only while they may sign in: a banned or erased account gets nothing. */
    private boolean wants(Account account, MailTopic topic) {
        var choices = account.mailChoices();
        var chosen = topic == MailTopic.REPLIES ? choices.replies()
                : choices.moderationDigest() && account.roles().stream().anyMatch(Roles.EDITORS::contains);
        return chosen && account.email() != null && !account.isBannedAt(clock.instant());
    }

    private void post(Account account, MailTopic topic, String subject, String body, String path) {
        String base;
        try {
            base = links.base(new RequestOrigin("", siteAddress()));
        } catch (MailLinksUnavailableException noAddress) {
            // Mail someone chose is not worth failing what it tells of: without a stop link it is not sent.
            LOG.warning("Mail about " + topic.description() + " was not sent: it needs broadsheet.public-url.");
            return;
        }
        var issued = AccountToken.issue(account.id(), topic == MailTopic.REPLIES
                ? AccountToken.Purpose.STOP_REPLIES : AccountToken.Purpose.STOP_DIGEST, clock.instant());
        em.persist(issued.token());
        mailroom.postStoppable(account.id(), account.email(), subject, body + """

                %s%s

                --
                You get this mail because you chose %s. To stop it, open:
                %s%s?token=%s
                """.formatted(base, path, topic.description(), base, PAGE, issued.secret()),
                base + ONE_CLICK + "?token=" + issued.secret());
    }

    /**
     * The site's address as the request that led here named it (used only when it is this machine, or when no
     * public address is configured: see {@link MailLinks}); a timer's mail has no request.
     */
    private String siteAddress() {
        try {
            var url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
        } catch (RuntimeException noRequest) {
            return "http://localhost:8080/";
        }
    }
}
