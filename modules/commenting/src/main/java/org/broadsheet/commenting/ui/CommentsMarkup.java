package org.broadsheet.commenting.ui;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.broadsheet.commenting.CommentOrder;
import org.broadsheet.commenting.CommentThread;
import org.broadsheet.commenting.Commenters;
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
 * Pages of an article's comment threads, rendered once per change and shared by every reader of the article. A name
 * goes in as text (jsoup escapes it); a comment as {@link CommentText} makes it (its Markdown subset, cleaned), so
 * markup typed into either is shown, not run. Every button says what it does in {@code data-action}; the panel
 * listens for them all in one place.
 */
@ApplicationScoped
class CommentsMarkup {

    /** Threads a page shows; each with its first {@link #REPLIES_SHOWN} replies. */
    static final int THREADS_PER_PAGE = 20;
    static final int REPLIES_SHOWN = 10;

    /** One page of an article's threads (the first under the heading, sort and picks), and whether more follow. */
    record CommentsPage(long articleId, CommentOrder order, int number, String html, boolean hasMore,
            Commenters commenters) {
    }

    private record Key(long articleId, CommentOrder order, int number) {
    }

    static final String SHOW_MORE = "more";
    static final String WRITE = "write";
    static final String REPLY = "reply";
    static final String LIKE = "like";
    static final String REPORT = "report";
    static final String MORE_REPLIES = "more-replies";
    static final String SORT = "sort-";
    // Added for one signed-in reader by the panel (see DECORATE), never in the shared markup.
    static final String EDIT = "edit";
    static final String DELETE = "delete";
    static final String PICK = "pick";
    static final String UNPICK = "unpick";
    static final String REMOVE = "remove";

    /** A commenter's picture is shown this many CSS pixels square (styles.css, .comment-portrait). */
    static final int PORTRAIT_PIXELS = 40;

    @Inject
    Comments comments;

    @Inject
    ImageLibrary pictures;

    private final MarkupCache<Key, CommentsPage> pages = new MarkupCache<>(Duration.ofSeconds(10), 2_000);

    CommentsPage page(long articleId, CommentOrder order, int number) {
        return pages.get(new Key(articleId, order, number), () -> render(articleId, order, number));
    }

    private CommentsPage render(long articleId, CommentOrder order, int number) {
        var commenters = comments.whoMayComment(articleId);
        var open = commenters != Commenters.NOBODY;
        var threads = comments.threadsOn(articleId, order, (number - 1) * THREADS_PER_PAGE, THREADS_PER_PAGE,
                REPLIES_SHOWN);
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        var picks = number == 1 ? comments.picksOn(articleId) : List.<PublishedComment>of();
        var portraits = portraits(Stream.concat(picks.stream(),
                threads.stream().flatMap(thread -> Stream.concat(Stream.of(thread.first()), thread.replies().stream()))));
        if (number == 1) {
            var count = comments.countApproved(articleId);
            var heading = document.appendElement("h2").addClass("comments-heading").text("Comments");
            heading.appendText(" ").appendElement("span").addClass("comment-count").text("(" + count + ")");
            if (count > 1) {
                appendSorting(document, order);
            }
            if (!picks.isEmpty()) {
                var section = document.appendElement("section").addClass("editors-picks")
                        .attr("aria-labelledby", "editors-picks-" + articleId);
                section.appendElement("h3").id("editors-picks-" + articleId).text("Editors' picks");
                picks.forEach(pick -> appendPick(section, pick, portraits.get(pick.accountId())));
            }
        }
        var list = document.appendElement("div").addClass("comment-list");
        if (number == 1 && threads.isEmpty()) {
            list.appendElement("p").addClass("no-comments").text(open ? "No comments yet." : "No comments.");
        }
        threads.forEach(thread -> appendThread(list, thread, portraits, open));
        var more = (long) number * THREADS_PER_PAGE < comments.countThreads(articleId);
        return new CommentsPage(articleId, order, number, document.html(), more, commenters);
    }

    /** Replies a reader asked for, one after another, each saying which comment it answers; and how many remain. */
    record MoreReplies(String html, long remaining) {
    }

    /**
     * The next replies of a thread after the {@code shown} a reader has, as flat markup: each reply names its parent
     * ({@code data-parent}), and the page places it there. Not cached: few readers open a long thread.
     */
    MoreReplies moreReplies(long articleId, long threadId, int shown) {
        var replies = comments.repliesIn(articleId, threadId, shown, Comments.MAX_PAGE);
        var open = comments.whoMayComment(articleId) != Commenters.NOBODY;
        var portraits = portraits(replies.stream());
        var holder = new Document("").outputSettings(new Document.OutputSettings().prettyPrint(false)).body();
        for (var reply : replies) {
            appendComment(holder, reply, portraits, open).attr("data-parent", String.valueOf(reply.parentId()));
        }
        return new MoreReplies(holder.html(), Math.max(0, comments.repliesCount(threadId) - shown - replies.size()));
    }

    private Map<Long, Picture> portraits(Stream<PublishedComment> shown) {
        // One query for the pictures of everyone on the page.
        return pictures.portraits(shown.map(PublishedComment::accountId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private static void appendSorting(Document document, CommentOrder order) {
        var sorting = document.appendElement("div").addClass("comment-sorting").attr("role", "group")
                .attr("aria-label", "Sort by");
        for (var choice : CommentOrder.values()) {
            sorting.appendElement("button").attr("type", "button").attr("data-action", SORT + choice.name())
                    .attr("aria-pressed", String.valueOf(choice == order)).text(choice.label());
        }
    }

    private static void appendThread(Element list, CommentThread thread, Map<Long, Picture> portraits, boolean open) {
        var holder = list.appendElement("div").addClass("thread").id("thread-" + thread.first().id());
        var first = appendComment(holder, thread.first(), portraits, open);
        appendReplies(first, thread.first().id(), thread, portraits, open);
    }

    /** The replies under a thread's first comment, each nested under the one it answers. */
    private static void appendReplies(Element under, long threadId, CommentThread thread, Map<Long, Picture> portraits,
            boolean open) {
        var replies = under.appendElement("div").addClass("replies").id("replies-" + threadId);
        var placed = new HashMap<Long, Element>();
        for (var reply : thread.replies()) {
            // A reply comes after what it answers, so its parent is placed already (or it is the thread's first).
            var parent = reply.parentId() == null ? null : placed.get(reply.parentId());
            var into = parent == null ? replies : parent.children().stream()
                    .filter(child -> child.hasClass("replies")).findFirst()
                    .orElseGet(() -> parent.appendElement("div").addClass("replies"));
            placed.put(reply.id(), appendComment(into, reply, portraits, open));
        }
        if (thread.hasMoreReplies()) {
            replies.appendElement("button").attr("type", "button").addClass("more-replies")
                    .attr("data-action", MORE_REPLIES).attr("data-thread", String.valueOf(threadId))
                    .text(moreRepliesLabel(thread.replyCount() - thread.replies().size()));
        }
    }

    private static Element appendComment(Element into, PublishedComment comment, Map<Long, Picture> portraits,
            boolean open) {
        var entry = into.appendElement("article").addClass("comment").id("comment-" + comment.id())
                .attr("data-comment", String.valueOf(comment.id()));
        if (comment.shown() != PublishedComment.Shown.SHOWN) {
            entry.addClass("removed");
            entry.appendElement("p").addClass("comment-removed").text(switch (comment.shown()) {
                case REMOVED_BY_AUTHOR -> "Comment removed by its writer.";
                case REMOVED_BY_MODERATOR -> "Comment removed by a moderator.";
                case HIDDEN_BY_REPORTS -> "Comment hidden while a moderator looks at readers' reports.";
                case NOT_SHOWN -> "Comment not shown.";
                case SHOWN -> throw new IllegalStateException();
            });
            return entry;
        }
        appendMeta(entry, comment, comment.accountId() == null ? null : portraits.get(comment.accountId()));
        // The reader's text, in the comment subset of Markdown, made safe by CommentText before it becomes markup.
        entry.appendElement("div").addClass("comment-body").html(CommentText.toHtml(comment.body()));
        var tools = entry.appendElement("div").addClass("comment-tools");
        if (open) {
            tools.appendElement("button").attr("type", "button").attr("data-action", REPLY)
                    .attr("aria-label", "Reply to " + comment.authorName()).text("Reply");
        }
        tools.appendElement("button").attr("type", "button").attr("data-action", LIKE).attr("aria-pressed", "false")
                .text(likes(comment.likes()));
        tools.appendElement("button").attr("type", "button").attr("data-action", REPORT)
                .attr("aria-label", "Report what " + comment.authorName() + " wrote").text("Report");
        return entry;
    }

    static String moreRepliesLabel(long remaining) {
        return "Show more replies (" + remaining + ")";
    }

    static String likes(int count) {
        return "Like (" + count + ")";
    }

    private static void appendMeta(Element entry, PublishedComment comment, Picture portrait) {
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
        if (comment.edited()) {
            meta.appendText(" ").appendElement("span").addClass("comment-edited").text("(edited)");
        }
        if (comment.picked()) {
            meta.appendText(" ").appendElement("span").addClass("pick-badge").text("Editors' pick");
        }
    }

    private static void appendPick(Element section, PublishedComment pick, Picture portrait) {
        var entry = section.appendElement("article").addClass("comment pick");
        appendMeta(entry, pick, portrait);
        entry.appendElement("div").addClass("comment-body").html(CommentText.toHtml(pick.body()));
        entry.appendElement("a").attr("href", "#comment-" + pick.id()).addClass("pick-in-thread")
                .text("Read it in its thread");
    }

    /** The buttons under the comments, which depend only on whether more threads follow and who may comment. */
    static String actions(boolean moreToShow, Commenters commenters) {
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        var actions = document.appendElement("div").addClass("comment-actions");
        if (moreToShow) {
            actions.appendElement("button").attr("type", "button").addClass("more-comments")
                    .attr("data-action", SHOW_MORE).text("Show more comments");
        }
        if (commenters == Commenters.NOBODY) {
            actions.appendElement("p").addClass("comments-closed").text("Comments on this article are closed.");
        } else {
            actions.appendElement("button").attr("type", "button").addClass("leave-comment").id("leave-a-comment")
                    .attr("data-action", WRITE).text(commenters == Commenters.SIGNED_IN
                            ? "Leave a comment (signed-in readers)" : "Leave a comment");
        }
        return actions.outerHtml();
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
