package org.broadsheet.commenting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.broadsheet.commenting.Commenters;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.commenting.ModerationPolicy;

/**
 * The house rules as stored ({@code comment_setting}), read once for many comments: every post needs them. A
 * change is seen at once on the instance that made it and within {@link #FRESH} on the others.
 */
@ApplicationScoped
class StoredHouseRules {

    static final Duration FRESH = Duration.ofSeconds(30);

    private static final String POLICY = "policy";
    private static final String MAX_LINKS = "max-links";
    private static final String BANNED = "banned-words";
    private static final String SUSPECT = "suspect-words";
    private static final String COMMENTERS = "commenters";
    private static final String CLOSE_AFTER_DAYS = "close-after-days";
    private static final String HIDE_AFTER_REPORTS = "hide-after-reports";

    /** The rules changed in a transaction: read again once it commits. */
    record Changed() {
    }

    private record Read(Verdict.Rules rules, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private volatile Read read;

    HouseRules current() {
        return compiled().house();
    }

    /** The rules with their word lists ready to match a comment. */
    Verdict.Rules compiled() {
        var now = clock.instant();
        var last = read;
        if (last == null || last.at().plus(FRESH).isBefore(now)) {
            last = new Read(Verdict.Rules.of(load()), now);
            read = last;
        }
        return last.rules();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        read = null;
    }

    private HouseRules load() {
        var values = em.createQuery("select s from CommentSetting s", CommentSetting.class).getResultStream()
                .collect(Collectors.toMap(CommentSetting::name, CommentSetting::value));
        var defaults = HouseRules.DEFAULT;
        return new HouseRules(
                values.containsKey(POLICY) ? ModerationPolicy.valueOf(values.get(POLICY)) : defaults.policy(),
                values.containsKey(MAX_LINKS) ? Integer.parseInt(values.get(MAX_LINKS)) : defaults.maxLinks(),
                values.containsKey(BANNED) ? lines(values.get(BANNED)) : defaults.bannedWords(),
                values.containsKey(SUSPECT) ? lines(values.get(SUSPECT)) : defaults.suspectWords(),
                values.containsKey(COMMENTERS) ? Commenters.valueOf(values.get(COMMENTERS)) : defaults.commenters(),
                values.containsKey(CLOSE_AFTER_DAYS) ? Integer.parseInt(values.get(CLOSE_AFTER_DAYS))
                        : defaults.closeAfterDays(),
                values.containsKey(HIDE_AFTER_REPORTS) ? Integer.parseInt(values.get(HIDE_AFTER_REPORTS))
                        : defaults.hideAfterReports());
    }

    static Map<String, String> asSettings(HouseRules rules) {
        var settings = new LinkedHashMap<String, String>();
        settings.put(POLICY, rules.policy().name());
        settings.put(MAX_LINKS, String.valueOf(rules.maxLinks()));
        settings.put(BANNED, String.join("\n", rules.bannedWords()));
        settings.put(SUSPECT, String.join("\n", rules.suspectWords()));
        settings.put(COMMENTERS, rules.commenters().name());
        settings.put(CLOSE_AFTER_DAYS, String.valueOf(rules.closeAfterDays()));
        settings.put(HIDE_AFTER_REPORTS, String.valueOf(rules.hideAfterReports()));
        return settings;
    }

    private static List<String> lines(String value) {
        return Arrays.asList(value.split("\n"));
    }
}
