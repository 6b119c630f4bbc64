package org.broadsheet.commenting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentOrder;
import org.broadsheet.commenting.CommentRefusedException;
import org.broadsheet.commenting.CommentReport;
import org.broadsheet.commenting.Commenters;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.commenting.PostedComment;
import org.broadsheet.commenting.ReportReason;
import org.broadsheet.people.Accounts;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.ui.StaticHtml;

/**
 * The comments under an article: pages of threads and the buttons below them, all shared markup (see
 * {@link CommentsMarkup}), so an idle reader's page holds no component per comment or button. One click listener
 * on the section serves every button, each saying what it does and on which comment. Forms and dialogs are built
 * only when a reader asks for one and dropped once done: most readers never write, and each of them would
 * otherwise keep a form on the server.
 */
class CommentsPanel extends Section {

    private static final String ACTION = "event.target.closest('[data-action]')?.dataset.action";
    private static final String COMMENT = "event.target.closest('[data-comment]')?.dataset.comment";
    private static final String THREAD = "event.target.closest('[data-thread]')?.dataset.thread";

    /**
     * Adds one signed-in reader's own buttons to the shared markup: correcting and deleting what they wrote, the
     * likes they gave, and for editors picking and removing. Built with text only, never markup.
     */
    private static final String DECORATE = """
            const labels = {edit: 'Edit', delete: 'Delete', pick: 'Pick', unpick: 'Unpick', remove: 'Remove'};
            const add = (tools, action) => {
              if (!tools || tools.querySelector('[data-action="' + action + '"]')) return;
              const button = document.createElement('button');
              button.type = 'button';
              button.dataset.action = action;
              button.textContent = labels[action];
              tools.append(button);
            };
            const tools = id => document.querySelector('#comment-' + id + ' > .comment-tools');
            $0.split(';').filter(Boolean).forEach(entry => {
              const [id, actions] = entry.split(':');
              actions.split(' ').forEach(action => add(tools(id), action));
            });
            $1.split(';').filter(Boolean).forEach(entry => {
              const [id, label] = entry.split(':');
              const like = tools(id)?.querySelector('[data-action="like"]');
              if (like) {
                like.textContent = label;
                like.setAttribute('aria-pressed', 'true');
              }
            });
            if ($2) {
              document.querySelectorAll('.comment:not(.removed) > .comment-tools').forEach(place => {
                const picked = place.parentElement.querySelector(':scope > .comment-meta .pick-badge');
                add(place, picked ? 'unpick' : 'pick');
                add(place, 'remove');
              });
            }""";

    /**
     * Tells the server once the comments come into view: only then does this reader watch them live (a push
     * connection), so the many who read the article and leave cost nothing more.
     */
    private static final String WATCH_WHEN_SEEN = """
            const section = this;
            if (!('IntersectionObserver' in window)) return;
            const seen = new IntersectionObserver(entries => {
              if (entries.some(entry => entry.isIntersecting)) {
                seen.disconnect();
                section.dispatchEvent(new CustomEvent('comments-seen'));
              }
            });
            seen.observe(section);""";

    private final long articleId;
    private final Comments comments;
    private final ModerationQueue moderation;
    private final ClientAddresses addresses;
    private final Accounts accounts;
    private final CommentsMarkup markup;
    private final LiveComments live;
    private final List<Component> pages = new ArrayList<>();
    private Registration watching;
    private Component actions;
    private CommentOrder order = CommentOrder.OLDEST;
    private Commenters commenters;
    private boolean writing;
    private Map<Long, Integer> repliesShown = Map.of();
    private Optional<Paragraph> thanks = Optional.empty();

    CommentsPanel(long articleId, Comments comments, ModerationQueue moderation, ClientAddresses addresses,
            Accounts accounts, CommentsMarkup markup, LiveComments live, StaticHtml.Parts parts) {
        this.articleId = articleId;
        this.comments = comments;
        this.moderation = moderation;
        this.addresses = addresses;
        this.accounts = accounts;
        this.markup = markup;
        this.live = live;
        addClassName("comments");
        setId("comments");
        var first = markup.page(articleId, order, 1);
        commenters = first.commenters();
        actions = parts.of("comment-actions", CommentsMarkup.actions(first.hasMore(), commenters));
        var page = parts.of("comments-" + articleId, first.html());
        pages.add(page);
        add(page, actions);
        getElement().addEventListener("click", click -> act(click.getEventData()))
                .addEventData(ACTION).addEventData(COMMENT).addEventData(THREAD)
                .setFilter(ACTION + " !== undefined");
        getElement().addEventListener("comments-seen", seen -> watch());
        getElement().executeJs(WATCH_WHEN_SEEN);
        decorate();
    }

    /**
     * From now on, what changes under the article reaches this reader without a reload. The push only nudges the
     * browser, which then asks for the pages in a request of its own: the reader's own buttons (editing, picking)
     * are theirs to see, and only their own request says who they are.
     */
    private void watch() {
        if (watching != null) {
            return;
        }
        watching = live.watch(articleId, UI.getCurrent(),
                () -> getElement().executeJs("this.dispatchEvent(new CustomEvent('comments-changed'))"));
        getElement().addEventListener("comments-changed", changed -> reload(pages.size()));
        addDetachListener(detached -> {
            watching.remove();
            watching = null;
        });
    }

    private void act(JsonNode data) {
        var action = text(data, ACTION);
        var comment = text(data, COMMENT);
        long id = comment == null ? -1 : Long.parseLong(comment);
        try {
            switch (action) {
                case CommentsMarkup.SHOW_MORE -> showPage(pages.size() + 1);
                case CommentsMarkup.WRITE -> openForm();
                case CommentsMarkup.REPLY -> reply(id);
                case CommentsMarkup.LIKE -> like(id);
                case CommentsMarkup.REPORT -> report(id);
                case CommentsMarkup.MORE_REPLIES -> {
                    var thread = text(data, THREAD);
                    if (thread != null) {
                        moreReplies(Long.parseLong(thread));
                    }
                }
                case CommentsMarkup.EDIT -> edit(id);
                case CommentsMarkup.DELETE -> confirm("Delete your comment?",
                        "Its text is erased for good; replies to it stay.", "Delete", () -> comments.delete(id));
                case CommentsMarkup.PICK -> moderate(() -> moderation.pick(id, true), "Picked for the editors' picks.");
                case CommentsMarkup.UNPICK -> moderate(() -> moderation.pick(id, false), "No longer a pick.");
                case CommentsMarkup.REMOVE -> confirm("Remove this comment?",
                        "Readers see “Comment removed by a moderator” in its place.", "Remove",
                        () -> moderation.remove(id));
                default -> Arrays.stream(CommentOrder.values())
                        .filter(choice -> action.equals(CommentsMarkup.SORT + choice.name()))
                        .findFirst()
                        .ifPresent(this::sort); // a button this version does not know does nothing
            }
        } catch (CommentNotFoundException | CommentRefusedException | CommentAlreadyModeratedException refused) {
            say(refused.getMessage());
        }
    }

    private static String text(JsonNode data, String key) {
        var value = data.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private void showPage(int number) {
        var page = markup.page(articleId, order, number);
        var part = StaticHtml.Parts.sent().of("comments-" + articleId + "-"
                + order.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + number, page.html());
        pages.add(part);
        addComponentAtIndex(indexOf(actions), part);
        setActions(page);
        decorate();
    }

    private void setActions(CommentsMarkup.CommentsPage page) {
        commenters = page.commenters();
        var replacement = StaticHtml.Parts.sent().of("comment-actions",
                CommentsMarkup.actions(page.hasMore(), commenters));
        replace(actions, replacement);
        actions = replacement;
    }

    /** Shows the threads again from the first page, in the reader's order, as they stand now. */
    private void sort(CommentOrder newOrder) {
        order = newOrder;
        reload(1);
    }

    private void reload(int pageCount) {
        pages.forEach(this::remove);
        pages.clear();
        repliesShown = Map.of();
        for (int number = 1; number <= pageCount; number++) {
            showPage(number);
        }
    }

    /**
     * Places a thread's next replies under the comments they answer, inside the shared page: parsed as a template
     * (inert: nothing in it runs), each moved to its parent's replies. The button moves to the end, or goes.
     */
    private static final String PLACE_REPLIES = """
            const thread = document.getElementById('replies-' + $0);
            if (!thread) return;
            const template = document.createElement('template');
            template.innerHTML = $1;
            thread.querySelector(':scope > .more-replies')?.remove();
            Array.from(template.content.children).forEach(reply => {
              const parent = reply.dataset.parent;
              const holder = parent === $0 ? null : document.getElementById('comment-' + parent);
              let into = holder ? holder.querySelector(':scope > .replies') : thread;
              if (!into) {
                into = document.createElement('div');
                into.className = 'replies';
                holder.append(into);
              }
              into.append(reply);
            });
            if ($2) {
              const more = document.createElement('button');
              more.type = 'button';
              more.className = 'more-replies';
              more.dataset.action = 'more-replies';
              more.dataset.thread = $0;
              more.textContent = $2;
              thread.append(more);
            }""";

    private void moreReplies(long threadId) {
        var shown = new HashMap<>(repliesShown);
        int before = shown.getOrDefault(threadId, CommentsMarkup.REPLIES_SHOWN);
        var more = markup.moreReplies(articleId, threadId, before);
        shown.put(threadId, before + Comments.MAX_PAGE);
        repliesShown = shown;
        getElement().executeJs(PLACE_REPLIES, String.valueOf(threadId), more.html(),
                more.remaining() > 0 ? CommentsMarkup.moreRepliesLabel(more.remaining()) : "");
        decorate();
    }

    private void like(long commentId) {
        if (accounts.you().isEmpty()) {
            askToSignIn("Sign in to like comments.");
            return;
        }
        var liked = comments.like(commentId);
        if (!liked.counted()) {
            say("You like this comment already.");
        }
        getElement().executeJs("""
                const button = document.querySelector('#comment-' + $0 + ' > .comment-tools [data-action="like"]');
                if (button) { button.textContent = $1; button.setAttribute('aria-pressed', 'true'); }""",
                String.valueOf(commentId), CommentsMarkup.likes(liked.likes()));
    }

    private void openForm() {
        if (writing || !mayWrite()) {
            return;
        }
        writing = true;
        addClassName("writing");
        thanks.ifPresent(this::remove);
        var form = new CommentForm("Leave a comment",
                (comment, from) -> comments.post(articleId, comment, from), addresses, this::posted);
        accounts.you().ifPresent(form::signedIn);
        add(form);
        form.focus();
    }

    /** Whether the reader may write here, telling them why not. */
    private boolean mayWrite() {
        if (commenters == Commenters.NOBODY) {
            say(CommentRefusedException.CLOSED);
            return false;
        }
        if (commenters == Commenters.SIGNED_IN && accounts.you().isEmpty()) {
            askToSignIn("Only signed-in readers comment on this article.");
            return false;
        }
        return true;
    }

    private void reply(long commentId) {
        if (!mayWrite()) {
            return;
        }
        var answered = comments.shown(commentId);
        var dialog = new Dialog();
        dialog.setHeaderTitle("Reply to " + answered.authorName());
        var quoted = new Paragraph(answered.body().length() > 300 ? answered.body().substring(0, 300) + "…"
                : answered.body());
        quoted.addClassName("replying-to");
        var form = new CommentForm(null, (comment, from) -> comments.reply(commentId, comment, from), addresses,
                (done, posted) -> {
                    dialog.close();
                    say(outcome(posted));
                    if (posted.published()) {
                        reload(pages.size());
                    }
                });
        accounts.you().ifPresent(form::signedIn);
        dialog.add(quoted, form);
        showDialog(dialog);
        form.focus();
    }

    private void report(long commentId) {
        var reported = comments.shown(commentId);
        var dialog = new Dialog();
        dialog.setHeaderTitle("Report the comment by " + reported.authorName());
        var reasons = new RadioButtonGroup<ReportReason>("Why should a moderator look at it?");
        reasons.setItems(ReportReason.values());
        reasons.setItemLabelGenerator(ReportReason::label);
        var note = new TextArea("Anything the moderator should know (optional)");
        note.setMaxLength(500);
        note.setWidthFull();
        var send = new Button("Report", click -> {
            if (reasons.getValue() == null) {
                reasons.setInvalid(true);
                reasons.setErrorMessage("Please choose a reason");
                return;
            }
            try {
                var counted = comments.report(commentId, new CommentReport(reasons.getValue(), note.getValue()),
                        clientAddress());
                dialog.close();
                say(counted ? "Thank you. A moderator will look at the comment."
                        : "You have reported this comment already; a moderator will look at it.");
            } catch (CommentNotFoundException gone) {
                dialog.close();
                say(gone.getMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", click -> dialog.close());
        dialog.add(reasons, note);
        dialog.getFooter().add(cancel, send);
        showDialog(dialog);
    }

    private void edit(long commentId) {
        var text = new TextArea("Your comment");
        text.setValue(comments.yourText(commentId));
        text.setMaxLength(GuestComment.MAX_LENGTH);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setHelperText("You can change a comment for " + Comments.EDITABLE_FOR.toMinutes()
                + " minutes after posting it; it is marked as edited.");
        var dialog = new Dialog();
        dialog.setHeaderTitle("Edit your comment");
        var save = new Button("Save", click -> {
            try {
                var saved = comments.edit(commentId, text.getValue());
                dialog.close();
                say(saved.published() ? "Your change is saved." : "Your change waits for an editor before it is shown.");
                reload(pages.size());
            } catch (CommentRefusedException | CommentNotFoundException refused) {
                text.setInvalid(true);
                text.setErrorMessage(refused.getMessage());
            } catch (EJBException refused) {
                if (!(refused.getCause() instanceof ConstraintViolationException violations)) {
                    throw refused;
                }
                text.setInvalid(true);
                text.setErrorMessage(violations.getConstraintViolations().iterator().next().getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        showDialog(dialog);
        text.focus();
    }

    private void confirm(String title, String consequence, String doIt, Runnable action) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(consequence));
        var yes = new Button(doIt, click -> {
            dialog.close();
            moderate(action, "Done.");
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), yes);
        showDialog(dialog);
    }

    /** A change to what the thread shows: made, then the pages shown again as they are now. */
    private void moderate(Runnable change, String done) {
        try {
            change.run();
            say(done);
        } catch (CommentNotFoundException | CommentAlreadyModeratedException | CommentRefusedException refused) {
            say(refused.getMessage());
        }
        reload(pages.size());
    }

    private void showDialog(Dialog dialog) {
        dialog.setWidth("min(40rem, 95vw)");
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                remove(dialog);
            }
        });
        add(dialog);
        dialog.open();
    }

    /**
     * Posted: the form goes (nothing of it is kept), the outcome stays, and the reader may write another. Spam is
     * thanked like a held comment: a bot learns nothing from the answer.
     */
    private void posted(CommentForm form, PostedComment comment) {
        remove(form);
        writing = false;
        removeClassName("writing");
        var message = new Paragraph(outcome(comment));
        message.getElement().setAttribute("role", "status");
        message.addClassName("comment-outcome");
        add(message);
        thanks = Optional.of(message);
        if (comment.published()) {
            reload(pages.size());
        }
    }

    private static String outcome(PostedComment comment) {
        return switch (comment.status()) {
            case APPROVED -> "Thank you. Your comment is published.";
            case REJECTED -> "Your comment breaks our house rules and will not be published.";
            case PENDING, SPAM -> "Thank you. Your comment awaits moderation and will appear once an editor has"
                    + " approved it.";
        };
    }

    /** A signed-in reader's own buttons on what is shown now (see {@link #DECORATE}); nothing for a guest. */
    private void decorate() {
        // Most readers are not signed in: they cost no lookup at all here.
        var request = VaadinRequest.getCurrent();
        if (request == null || request.getUserPrincipal() == null) {
            return;
        }
        var yours = comments.yourPartIn(articleId);
        var now = Instant.now();
        var mine = yours.written().entrySet().stream()
                .map(entry -> entry.getKey() + ":" + (now.isBefore(entry.getValue()) ? CommentsMarkup.EDIT + " " : "")
                        + CommentsMarkup.DELETE)
                .collect(Collectors.joining(";"));
        var liked = yours.liked().entrySet().stream()
                .map(entry -> entry.getKey() + ":" + CommentsMarkup.likes(entry.getValue()))
                .collect(Collectors.joining(";"));
        var editor = request.isUserInRole(Roles.EDITOR) || request.isUserInRole(Roles.ADMIN);
        getElement().executeJs(DECORATE, mine, liked, editor);
    }

    private void say(String message) {
        var notification = new Notification(new Span(message));
        notification.setDuration(6_000);
        notification.setPosition(Notification.Position.BOTTOM_CENTER);
        notification.open();
    }

    private void askToSignIn(String why) {
        var here = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        var signIn = new Anchor("login?" + QueryParameters.of("continue", "/" + here).getQueryString(), "Sign in");
        var notification = new Notification(new Span(why + " "), signIn);
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.BOTTOM_CENTER);
        notification.open();
    }

    private String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }
}
