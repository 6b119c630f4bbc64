package org.broadsheet.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.Decision;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.commenting.QueueTab;
import org.broadsheet.commenting.QueuedComment;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.Roles;

/**
 * The moderators' queue: a tab for what waits, what readers reported, and what was approved, rejected or set aside
 * as spam, each comment with its article, the comment it answers and its writer's record. Many comments are decided
 * at once (ticked, or every one waiting); one at a time, the comment in the panel is decided from the keyboard:
 * A approves, R rejects, S marks spam, N (or J) moves to the next, K to the previous.
 */
@Dependent
@Route("admin/comments")
@PageTitle("Comments")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ModerationView extends VerticalLayout {

    private final ModerationQueue queue;
    private final Tabs tabs = new Tabs();
    private final Map<QueueTab, Tab> tabOf = new EnumMap<>(QueueTab.class);
    private final Grid<QueuedComment> grid = new Grid<>();
    private final VerticalLayout current = new VerticalLayout();
    private final HorizontalLayout bulk = new HorizontalLayout();
    private QueueTab shown = QueueTab.PENDING;
    private Optional<QueuedComment> selected = Optional.empty();
    /** What the moderator was shown: "every waiting comment" means these, not ones posted since. */
    private Instant listedAt = Instant.now();

    @Inject
    public ModerationView(ModerationQueue queue, LiveQueue live) {
        this.queue = queue;
        // New comments waiting, and others' decisions, appear without a reload while the queue is open. The push
        // only nudges the browser, which asks again in a request of its own, made as the moderator.
        addAttachListener(attached -> {
            var watching = live.watch(attached.getUI(),
                    () -> getElement().executeJs("this.dispatchEvent(new CustomEvent('queue-changed'))"));
            addDetachListener(detached -> watching.remove());
        });
        getElement().addEventListener("queue-changed", changed -> changedMeanwhile());
        setSizeFull();
        for (var tab : QueueTab.values()) {
            var component = new Tab(tab.label());
            tabOf.put(tab, component);
            tabs.add(component);
        }
        tabs.addSelectedChangeListener(change -> tabOf.forEach((tab, component) -> {
            if (component == change.getSelectedTab()) {
                show(tab);
            }
        }));
        columns();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(click -> choose(click.getItem()));
        grid.setAriaLabel("Comments");
        current.addClassName("current-comment");
        current.setPadding(false);
        current.setWidth("min(32rem, 40%)");
        var body = new HorizontalLayout(grid, current);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        bulk.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Comments"), tabs, bulk, body);
        setFlexGrow(1, body);
        keys();
        show(QueueTab.PENDING);
    }

    private void columns() {
        grid.addColumn(QueuedComment::articleHeadline).setHeader("Article").setFlexGrow(2);
        grid.addComponentColumn(comment -> {
            var author = new Div(new Span(comment.authorName()), new Div(new Span(comment.authorEmail())),
                    new Div(new Span(comment.history().summary())));
            author.addClassName("comment-author");
            return author;
        }).setHeader("Author").setFlexGrow(2);
        grid.addColumn(comment -> Dateline.minute(comment.postedAt())).setHeader("Posted");
        grid.addComponentColumn(comment -> {
            var text = new Div();
            if (comment.inReplyTo() != null) {
                var context = new Div("In reply to " + comment.inReplyTo().authorName() + ": "
                        + comment.inReplyTo().excerpt());
                context.addClassName("in-reply-to");
                text.add(context);
            }
            text.add(new Div(comment.removed() ? "(removed) " + comment.body() : comment.body()));
            text.addClassName("comment-body");
            return text;
        }).setHeader("Comment").setFlexGrow(4);
        grid.addComponentColumn(comment -> {
            var why = new Div();
            comment.heldBecause().forEach(reason -> why.add(new Div(reason)));
            comment.reports().forEach(report -> why.add(new Div("Reported: " + report)));
            if (comment.hidden()) {
                why.add(new Div("Hidden from readers until you decide"));
            }
            if (comment.decidedBy() != null) {
                why.add(new Div("Decided by " + comment.decidedBy() + ", " + Dateline.minute(comment.decidedAt())));
            }
            why.addClassName("held-because");
            return why;
        }).setHeader("Why here").setFlexGrow(2);
        grid.addComponentColumn(comment -> decisions(comment, false)).setHeader("Decision").setAutoWidth(true);
    }

    private void show(QueueTab tab) {
        shown = tab;
        listedAt = Instant.now();
        grid.deselectAll();
        grid.setItems(query -> queue.inTab(tab, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, queue.count(tab)));
        grid.setEmptyStateText(switch (tab) {
            case PENDING -> "No comments are waiting for moderation.";
            case REPORTED -> "No reported comments.";
            default -> "None.";
        });
        tabOf.forEach((each, component) -> component.setLabel(each.label()));
        var count = queue.count(tab);
        tabOf.get(tab).setLabel(tab.label() + " (" + count + ")");
        bulkActions(tab, count);
        choose(tab == QueueTab.PENDING || tab == QueueTab.REPORTED
                ? queue.inTab(tab, 0, 1).stream().findFirst().orElse(null) : null);
    }

    private void changedMeanwhile() {
        // The list now shown is what "every waiting comment" means.
        listedAt = Instant.now();
        grid.getDataProvider().refreshAll();
        var count = queue.count(shown);
        tabOf.get(shown).setLabel(shown.label() + " (" + count + ")");
        bulkActions(shown, count);
        if (selected.isEmpty() && shown == QueueTab.PENDING) {
            choose(queue.inTab(shown, 0, 1).stream().findFirst().orElse(null));
        }
    }

    private void bulkActions(QueueTab tab, long count) {
        bulk.removeAll();
        if (tab != QueueTab.PENDING) {
            return;
        }
        for (var decision : Decision.values()) {
            var label = switch (decision) {
                case APPROVE -> "Approve";
                case REJECT -> "Reject";
                case SPAM -> "Spam";
            };
            bulk.add(new Button(label + " ticked", click -> decideTicked(decision)));
        }
        if (count > 0) {
            var all = new Button("Decide all " + count + " waiting…", click -> decideEveryWaiting(count));
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bulk.add(all);
        }
    }

    private void decideTicked(Decision decision) {
        var ids = grid.getSelectedItems().stream().map(QueuedComment::id).toList();
        if (ids.isEmpty()) {
            Notification.show("Tick the comments first.", 4000, Notification.Position.TOP_CENTER);
            return;
        }
        int decided = queue.decideAll(ids, decision);
        Notification.show(decided + " comments decided" + (decided < ids.size() ? " (others were decided meanwhile)"
                : ""), 4000, Notification.Position.TOP_CENTER);
        show(shown);
    }

    private void decideEveryWaiting(long count) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Decide all " + count + " waiting comments?");
        dialog.add(new Paragraph("Every comment waiting since you opened this tab gets the same decision; comments"
                + " posted since then keep waiting."));
        for (var decision : List.of(Decision.APPROVE, Decision.REJECT, Decision.SPAM)) {
            var button = new Button(switch (decision) {
                case APPROVE -> "Approve all";
                case REJECT -> "Reject all";
                case SPAM -> "All are spam";
            }, click -> {
                dialog.close();
                int decided = queue.decideAllPending(decision, listedAt, null);
                Notification.show(decided + " comments decided", 4000, Notification.Position.TOP_CENTER);
                show(shown);
            });
            dialog.getFooter().add(button);
        }
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()));
        add(dialog);
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                remove(dialog);
            }
        });
        dialog.open();
    }

    /** The comment in the panel: in full, with its context and what can be done to it here. */
    private void choose(QueuedComment comment) {
        selected = Optional.ofNullable(comment);
        current.removeAll();
        if (comment == null) {
            return;
        }
        current.add(new H2(comment.authorName()), new Paragraph(comment.articleHeadline()));
        if (comment.inReplyTo() != null) {
            var context = new Paragraph("In reply to " + comment.inReplyTo().authorName() + ": "
                    + comment.inReplyTo().excerpt());
            context.addClassName("in-reply-to");
            current.add(context);
        }
        var text = new Paragraph(comment.body());
        text.addClassName("comment-body");
        current.add(text, new Paragraph("Their comments: " + comment.history().summary()));
        var history = new Button("Their latest comments", click -> showHistory(comment));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        current.add(history, decisions(comment, true));
    }

    /** What can be done to the comment in this tab: in its row, and in the panel (with its key). */
    private Component decisions(QueuedComment comment, boolean inPanel) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        row.getStyle().set("gap", "0.25rem").set("flex-wrap", "wrap");
        if (shown == QueueTab.PENDING) {
            row.add(decision("Approve", "A", ButtonVariant.LUMO_SUCCESS, comment, queue::approve, "Approved", inPanel),
                    decision("Reject", "R", ButtonVariant.LUMO_ERROR, comment, queue::reject, "Rejected", inPanel),
                    decision("Spam", "S", ButtonVariant.LUMO_CONTRAST, comment, queue::markSpam, "Marked as spam",
                            inPanel));
        } else if (shown == QueueTab.REPORTED) {
            row.add(decision("Keep", null, ButtonVariant.LUMO_SUCCESS, comment, queue::keep, "Kept", inPanel),
                    decision("Remove", null, ButtonVariant.LUMO_ERROR, comment, queue::remove, "Removed", inPanel));
        } else if (shown == QueueTab.APPROVED && !comment.removed()) {
            row.add(decision(comment.picked() ? "Unpick" : "Pick", null, ButtonVariant.LUMO_PRIMARY, comment,
                            id -> queue.pick(id, !comment.picked()), comment.picked() ? "No longer a pick" : "Picked",
                            inPanel),
                    decision("Remove", null, ButtonVariant.LUMO_ERROR, comment, queue::remove, "Removed", inPanel));
        }
        return row;
    }

    private Button decision(String label, String key, ButtonVariant variant, QueuedComment comment,
            LongConsumer decision, String done, boolean inPanel) {
        var button = new Button(inPanel && key != null ? label + " (" + key + ")" : label,
                click -> decide(comment, decision, done));
        button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
        // Named for whom it decides; in the panel, as the one shown in full (a row names the same comment too).
        button.setAriaLabel(label + (inPanel ? " the comment shown in full, by " : " the comment by ")
                + comment.authorName());
        return button;
    }

    private void showHistory(QueuedComment comment) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Latest comments by " + comment.authorName());
        var list = new VerticalLayout();
        queue.historyOf(comment.id(), 20).forEach(each -> list.add(new Paragraph(Dateline.minute(each.postedAt())
                + " · " + each.status().name().toLowerCase() + (each.removed() ? ", removed" : "") + " · "
                + each.articleHeadline() + ": " + each.body())));
        dialog.add(list);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                remove(dialog);
            }
        });
        add(dialog);
        dialog.open();
    }

    /** A to approve, R to reject, S for spam, N or J for the next comment, K for the previous one. */
    private void keys() {
        Shortcuts.addShortcutListener(this, () -> onCurrent(queue::approve, "Approved"), Key.KEY_A);
        Shortcuts.addShortcutListener(this, () -> onCurrent(queue::reject, "Rejected"), Key.KEY_R);
        Shortcuts.addShortcutListener(this, () -> onCurrent(queue::markSpam, "Marked as spam"), Key.KEY_S);
        Shortcuts.addShortcutListener(this, () -> step(1), Key.KEY_N);
        Shortcuts.addShortcutListener(this, () -> step(1), Key.KEY_J);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.KEY_K);
    }

    private void onCurrent(LongConsumer decision, String done) {
        if (shown == QueueTab.PENDING) {
            selected.ifPresent(comment -> decide(comment, decision, done));
        }
    }

    /** The next (or previous) comment of the tab after the one in the panel. */
    private void step(int by) {
        if (selected.isEmpty()) {
            choose(queue.inTab(shown, 0, 1).stream().findFirst().orElse(null));
            return;
        }
        queue.beside(shown, selected.get().id(), by > 0).ifPresent(this::choose);
    }

    private void decide(QueuedComment comment, LongConsumer decision, String done) {
        try {
            decision.accept(comment.id());
            Notification.show(done + ": the comment by " + comment.authorName(), 4000, Notification.Position.TOP_CENTER);
        } catch (CommentNotFoundException | CommentAlreadyModeratedException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.TOP_CENTER);
        }
        var position = shown == QueueTab.PENDING ? queue.beside(shown, comment.id(), true) : Optional.<QueuedComment>empty();
        grid.getDataProvider().refreshAll();
        tabOf.get(shown).setLabel(shown.label() + " (" + queue.count(shown) + ")");
        // The next one waiting comes up, so a moderator can go through the queue with the keyboard alone.
        choose(shown == QueueTab.PENDING ? position.orElse(null) : null);
    }
}
