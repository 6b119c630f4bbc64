package org.broadsheet.commenting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.PublishedComment;
import org.broadsheet.shared.Dateline;

/**
 * Approved comments, oldest first, and the "Leave a comment" form. Every piece of reader text goes into
 * the page as text, never as HTML, so markup in a comment or a name is shown, not run.
 */
class CommentsPanel extends Section {

    private final long articleId;
    private final Comments comments;
    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final TextArea body = new TextArea("Comment");
    private final Paragraph outcome = new Paragraph();
    private final Binder<GuestComment> binder = new Binder<>();

    CommentsPanel(long articleId, Comments comments) {
        this.articleId = articleId;
        this.comments = comments;
        addClassName("comments");
        setId("comments");
        add(new H2("Comments"), approvedList(), form());
    }

    private Div approvedList() {
        var list = new Div();
        list.addClassName("comment-list");
        var approved = comments.approvedOn(articleId);
        if (approved.isEmpty()) {
            list.add(new Paragraph("No comments yet."));
        }
        approved.forEach(comment -> list.add(entry(comment)));
        return list;
    }

    private static Div entry(PublishedComment comment) {
        var author = new Span(comment.authorName());
        author.addClassName("comment-author");
        var time = new Span(Dateline.minute(comment.postedAt()));
        time.addClassName("comment-time");
        var text = new Paragraph(comment.body());
        text.addClassName("comment-body");
        var entry = new Div(new Paragraph(author, new Span(" · "), time), text);
        entry.addClassName("comment");
        return entry;
    }

    private VerticalLayout form() {
        var heading = new H3("Leave a comment");
        heading.setId("leave-a-comment");
        email.setHelperText("Never shown to other readers.");
        // The field checks the address in the browser too; it must say so in the same words as the rule.
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(GuestComment.NOT_AN_EMAIL));
        body.setHelperText("Comments are read by an editor before they appear. At most 5,000 characters.");
        body.setMinHeight("8em");
        // The record's own Bean Validation constraints, checked at each field as the reader types.
        bind(name, "name", GuestComment::name);
        bind(email, "email", GuestComment::email);
        bind(body, "body", GuestComment::body);
        var post = new Button("Post comment", click -> post());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.setVisible(false);
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("comment-outcome");
        var form = new VerticalLayout(heading, name, email, body, post, outcome);
        form.setPadding(false);
        form.addClassName("comment-form");
        form.setWidthFull();
        name.setWidth("min(100%, 24rem)");
        email.setWidth("min(100%, 24rem)");
        body.setWidthFull();
        return form;
    }

    private void bind(HasValue<?, String> field, String property, com.vaadin.flow.function.ValueProvider<GuestComment, String> value) {
        field.setRequiredIndicatorVisible(true);
        // Validation only: the comment is built from the fields on post (a null setter would make them read-only).
        binder.forField(field).withValidator(new BeanValidator(GuestComment.class, property)).bind(value, (draft, ignored) -> { });
    }

    private void post() {
        if (!binder.validate().isOk()) {
            return; // the binder has put each message at its field
        }
        var comment = new GuestComment(name.getValue(), email.getValue(), body.getValue());
        try {
            comments.post(articleId, comment);
        } catch (CommentNotFoundException closed) {
            tell(closed.getMessage());
            return;
        } catch (EJBException refused) {
            if (refused.getCause() instanceof ConstraintViolationException violations) {
                tell("Your comment was not accepted: " + violations.getConstraintViolations().iterator().next().getMessage());
                return;
            }
            throw refused;
        }
        binder.readBean(null); // empties the form without flagging its fields
        tell("Thank you. Your comment awaits moderation and will appear once an editor has approved it.");
    }

    private void tell(String message) {
        outcome.setText(message);
        outcome.setVisible(true);
    }
}
