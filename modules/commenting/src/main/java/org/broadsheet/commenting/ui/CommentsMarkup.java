package org.broadsheet.commenting.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Collectors;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.commenting.PublishedComment;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.Picture;
import org.broadsheet.people.AuthorChanged;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.ui.MarkupCache;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pages of approved comments, rendered once per change and shared by every reader of the article. A name goes in
 * as text (jsoup escapes it); a comment as {@link CommentText} makes it (its Markdown subset, cleaned), so markup
 * typed into either is shown, not run.
 */
@ApplicationScoped
class CommentsMarkup {

    static final int PAGE_SIZE = 50;

    /** One page of an article's approved comments (the first under the section's heading) and how many there are. */
    record CommentsPage(long articleId, int number, String html, long total) {

        boolean hasMore() {
            return (long) number * PAGE_SIZE < total;
        }
    }

    private record Key(long articleId, int number) {
    }

    static final String SHOW_MORE = "more";
    static final String WRITE = "write";

    private static final String ACTIONS = actionsMarkup(false);
    private static final String ACTIONS_WITH_MORE = actionsMarkup(true);

    /** A commenter's picture is shown this many CSS pixels square (styles.css, .comment-portrait). */
    static final int PORTRAIT_PIXELS = 40;

    @Inject
    Comments comments;

    @Inject
    ImageLibrary pictures;

    private final MarkupCache<Key, CommentsPage> pages = new MarkupCache<>(Duration.ofSeconds(10), 2_000);

    CommentsPage page(long articleId, int number) {
        return pages.get(new Key(articleId, number), () -> render(articleId, number));
    }

    private CommentsPage render(long articleId, int number) {
        var total = comments.countApproved(articleId);
        var shown = comments.approvedOn(articleId, (number - 1) * PAGE_SIZE, PAGE_SIZE);
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        if (number == 1) {
            document.appendElement("h2").text("Comments");
        }
        var list = document.appendElement("div").addClass("comment-list");
        if (total == 0) {
            list.appendElement("p").addClass("no-comments").text("No comments yet.");
        }
        // One query for the page's pictures, whoever is on it.
        var portraits = pictures.portraits(shown.stream().map(PublishedComment::accountId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        shown.forEach(comment -> appendComment(list, comment,
                comment.accountId() == null ? null : portraits.get(comment.accountId())));
        return new CommentsPage(articleId, number, document.html(), total);
    }

    /** The buttons under the comments; the same for every article, so shared by all. */
    static String actions(boolean moreToShow) {
        return moreToShow ? ACTIONS_WITH_MORE : ACTIONS;
    }

    private static String actionsMarkup(boolean moreToShow) {
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        var actions = document.appendElement("div").addClass("comment-actions");
        if (moreToShow) {
            actions.appendElement("button").attr("type", "button").addClass("more-comments")
                    .attr("data-action", SHOW_MORE).text("Show more comments");
        }
        actions.appendElement("button").attr("type", "button").addClass("leave-comment").id("leave-a-comment")
                .attr("data-action", WRITE).text("Leave a comment");
        return actions.outerHtml();
    }

    private static void appendComment(Element list, PublishedComment comment, Picture portrait) {
        var entry = list.appendElement("article").addClass("comment").attr("id", "comment-" + comment.id());
        var meta = entry.appendElement("p").addClass("comment-meta");
        if (portrait != null) {
            // Beside the name it shows, so it says nothing the name does not: empty alternative text.
            meta.appendElement("img").addClass("comment-portrait").attr("src", portrait.path(portrait.widths().getFirst()))
                    .attr("alt", "").attr("width", String.valueOf(PORTRAIT_PIXELS))
                    .attr("height", String.valueOf(PORTRAIT_PIXELS)).attr("loading", "lazy");
        }
        meta.appendElement("span").addClass("comment-author").text(comment.authorName());
        meta.appendText(" · ");
        meta.appendElement("time").addClass("comment-time").attr("datetime", String.valueOf(comment.postedAt()))
                .text(Dateline.minute(comment.postedAt()));
        // The reader's text, in the comment subset of Markdown, made safe by CommentText before it becomes markup.
        entry.appendElement("div").addClass("comment-body").html(CommentText.toHtml(comment.body()));
    }

    // Before the first-response cache renders pages again from this one (lower priority runs first).
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.LIBRARY_BEFORE)
            CommentsChanged change) {
        pages.clear();
    }

    /** Someone's picture changed: any page may show it beside their comments. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.LIBRARY_BEFORE)
            AuthorChanged change) {
        pages.clear();
    }
}
