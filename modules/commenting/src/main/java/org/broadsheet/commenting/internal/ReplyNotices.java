package org.broadsheet.commenting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Objects;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.people.ChosenMail;
import org.broadsheet.people.MailTopic;

/**
 * Tells a signed-in commenter that someone replied, once the reply is shown (at once, or when a moderator approves
 * it), in the transaction that shows it. The people module mails it only if they chose to be told.
 */
@ApplicationScoped
class ReplyNotices {

    /** How much of the reply the mail quotes. */
    private static final int QUOTED = 600;

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedArticles articles;

    @Inject
    Event<ChosenMail> mail;

    /** These comments were just shown: those answering someone else's comment tell its writer. */
    void published(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return;
        }
        var replies = em.createQuery("""
                select r.id, r.articleId, r.authorName, r.body, r.accountId, p.accountId from Comment r, Comment p
                where r.id in :ids and p.id = r.parentId and p.accountId is not null and r.status = :approved""",
                        Object[].class)
                .setParameter("ids", commentIds)
                .setParameter("approved", CommentStatus.APPROVED)
                .getResultList()
                .stream()
                // Nobody is told of their own reply to themselves.
                .filter(row -> !Objects.equals(row[4], row[5]))
                .toList();
        if (replies.isEmpty()) {
            return;
        }
        var ids = replies.stream().map(row -> (Long) row[1]).distinct().toList();
        var headlines = articles.headlines(ids);
        var slugs = articles.slugs(ids);
        for (var row : replies) {
            var slug = slugs.get((Long) row[1]);
            if (slug == null) {
                continue; // the article is no longer published: nothing to read there
            }
            var name = (String) row[2];
            var text = (String) row[3];
            mail.fire(new ChosenMail((Long) row[5], MailTopic.REPLIES, name + " replied to your comment",
                    """
                    %s replied to your comment on “%s”:

                    %s

                    Read it in its thread:""".formatted(name, headlines.get((Long) row[1]),
                            text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text),
                    "articles/" + slug + "#comment-" + row[0]));
        }
    }
}
