package org.broadsheet.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.LongConsumer;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.commenting.PendingComment;
import org.broadsheet.commenting.ReportedComment;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.Roles;

/**
 * Pending comments, oldest first, each with its article and author, to approve or reject; and shown comments readers
 * reported, the most reported first, to keep or remove.
 */
@Dependent
@Route("admin/comments")
@PageTitle("Comments")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ModerationView extends VerticalLayout {

    private final ModerationQueue queue;
    private final Grid<PendingComment> grid = new Grid<>();
    private final Grid<ReportedComment> reported = new Grid<>();

    @Inject
    public ModerationView(ModerationQueue queue) {
        this.queue = queue;
        setSizeFull();
        grid.addColumn(PendingComment::articleHeadline).setHeader("Article").setFlexGrow(2);
        grid.addComponentColumn(comment -> {
            var author = new Div(new Span(comment.authorName()), new Div(new Span(comment.authorEmail())));
            author.addClassName("comment-author");
            return author;
        }).setHeader("Author");
        grid.addColumn(comment -> Dateline.minute(comment.postedAt())).setHeader("Posted");
        grid.addComponentColumn(comment -> {
            var text = new Div(comment.body());
            text.addClassName("comment-body");
            return text;
        }).setHeader("Comment").setFlexGrow(4);
        grid.addComponentColumn(comment -> {
            var reasons = new Div();
            comment.heldBecause().forEach(reason -> reasons.add(new Div(reason)));
            reasons.addClassName("held-because");
            return reasons;
        }).setHeader("Held because").setFlexGrow(2);
        grid.addComponentColumn(this::decisions).setHeader("Decision").setAutoWidth(true);
        grid.setItems(query -> queue.pending(query.getOffset(), query.getLimit()).stream(),
                query -> (int) queue.countPending());
        grid.setAriaLabel("Pending comments");
        grid.setEmptyStateText("No comments are waiting for moderation.");
        reportedGrid();
        var tabs = new TabSheet();
        tabs.add("Pending (" + queue.countPending() + ")", grid);
        tabs.add("Reported (" + queue.countReported() + ")", reported);
        tabs.setSizeFull();
        add(new H1("Comments awaiting moderation"), tabs);
        setFlexGrow(1, tabs);
    }

    private void reportedGrid() {
        reported.addColumn(ReportedComment::articleHeadline).setHeader("Article").setFlexGrow(2);
        reported.addColumn(ReportedComment::authorName).setHeader("Author");
        reported.addComponentColumn(comment -> {
            var text = new Div(comment.body());
            text.addClassName("comment-body");
            return text;
        }).setHeader("Comment").setFlexGrow(4);
        reported.addComponentColumn(comment -> {
            var reasons = new Div();
            comment.reports().forEach(reason -> reasons.add(new Div(reason)));
            if (comment.hidden()) {
                reasons.add(new Div("Hidden from readers until you decide"));
            }
            reasons.addClassName("reports");
            return reasons;
        }).setHeader("Reports").setFlexGrow(2);
        reported.addComponentColumn(comment -> {
            var keep = new Button("Keep", click -> decide(comment.id(), comment.authorName(), queue::keep, "Kept"));
            keep.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            keep.setAriaLabel("Keep the comment by " + comment.authorName());
            var remove = new Button("Remove", click -> decide(comment.id(), comment.authorName(), queue::remove,
                    "Removed"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove the comment by " + comment.authorName());
            return new HorizontalLayout(keep, remove);
        }).setHeader("Decision").setAutoWidth(true);
        reported.setItems(query -> queue.reported(query.getOffset(), query.getLimit()).stream(),
                query -> (int) queue.countReported());
        reported.setAriaLabel("Reported comments");
        reported.setEmptyStateText("No reported comments.");
    }

    private HorizontalLayout decisions(PendingComment comment) {
        var approve = new Button("Approve", click -> decide(comment.id(), comment.authorName(), queue::approve,
                "Approved"));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        approve.setAriaLabel("Approve the comment by " + comment.authorName());
        var reject = new Button("Reject", click -> decide(comment.id(), comment.authorName(), queue::reject,
                "Rejected"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        reject.setAriaLabel("Reject the comment by " + comment.authorName());
        return new HorizontalLayout(approve, reject);
    }

    private void decide(long commentId, String author, LongConsumer decision, String done) {
        try {
            decision.accept(commentId);
            Notification.show(done + ": the comment by " + author, 4000, Notification.Position.TOP_CENTER);
        } catch (CommentNotFoundException | CommentAlreadyModeratedException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.TOP_CENTER);
        }
        grid.getDataProvider().refreshAll();
        reported.getDataProvider().refreshAll();
    }
}
