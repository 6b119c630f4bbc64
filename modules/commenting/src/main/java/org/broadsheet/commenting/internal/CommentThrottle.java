package org.broadsheet.commenting.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.broadsheet.commenting.CommentRefusedException;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.shared.RecentAttempts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The floor under comment spam: at most {@code broadsheet.comments.per-address} comments (and reports) from one
 * client address in {@code broadsheet.comments.window-minutes}, as many from one signed-in account wherever it
 * posts from, and the same text on the same article from the same
 * address or under the same name once in {@code broadsheet.comments.repeat-minutes} (compared without case,
 * spacing or invisible differences). Counts live in this node's memory, bounded (the oldest are forgotten
 * first), and texts are kept only as digests; each node of a cluster counts on its own.
 */
@ApplicationScoped
class CommentThrottle {

    static final int ADDRESSES = 10_000;
    static final int TEXTS = 20_000;

    @Inject
    @ConfigProperty(name = "broadsheet.comments.per-address", defaultValue = "20")
    int perAddress;

    @Inject
    @ConfigProperty(name = "broadsheet.comments.window-minutes", defaultValue = "10")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "broadsheet.comments.repeat-minutes", defaultValue = "60")
    int repeatMinutes;

    @Inject
    Clock clock;

    private RecentAttempts fromAddresses;
    private RecentAttempts texts;

    @PostConstruct
    void start() {
        fromAddresses = new RecentAttempts(ADDRESSES, Duration.ofMinutes(windowMinutes), clock);
        texts = new RecentAttempts(TEXTS, Duration.ofMinutes(repeatMinutes), clock);
    }

    /**
     * Lets the comment through, counting it against its address (and its account, when signed in), or refuses it
     * and counts nothing.
     */
    void admit(long articleId, GuestComment comment, String clientAddress, Long accountId) {
        if (texts.count(byAddress(articleId, comment, clientAddress)) > 0 || texts.count(byName(articleId, comment)) > 0) {
            throw CommentRefusedException.repeated();
        }
        count(clientAddress);
        if (accountId != null) {
            try {
                count("account:" + accountId);
            } catch (CommentRefusedException tooMany) {
                fromAddresses.takeBack(clientAddress);
                throw tooMany;
            }
        }
    }

    /** A report counts against its address as a comment does: one address cannot report a thread away. */
    void admitReport(String clientAddress) {
        count(clientAddress);
    }

    private void count(String who) {
        if (fromAddresses.add(who) > perAddress) {
            fromAddresses.takeBack(who);
            throw CommentRefusedException.tooMany(fromAddresses.remaining(who));
        }
    }

    /** Remembers a stored comment's text, so the same one is refused for a while. */
    void stored(long articleId, GuestComment comment, String clientAddress) {
        texts.add(byAddress(articleId, comment, clientAddress));
        texts.add(byName(articleId, comment));
    }

    private static String byAddress(long articleId, GuestComment comment, String clientAddress) {
        return digest("address", articleId, clientAddress, comment.body());
    }

    private static String byName(long articleId, GuestComment comment) {
        return digest("name", articleId, sameWords(comment.name()), comment.body());
    }

    private static String digest(String kind, long articleId, String who, String body) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            var text = kind + '\u0000' + articleId + '\u0000' + who + '\u0000' + sameWords(body);
            return Base64.getEncoder().withoutPadding().encodeToString(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** Text as the eye compares it: no case, no invisible characters, runs of space as one. */
    static String sameWords(String text) {
        return text.replaceAll("[\\p{Cf}]", "").replaceAll("[\\s\\p{Z}]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
