package org.broadsheet.commenting.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.function.BiConsumer;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentRefusedException;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.PostedComment;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.PlainText;

/**
 * What a reader types, a comment or a reply, checked at each field by the same Bean Validation rules the service
 * applies.
 */
final class CommentForm extends VerticalLayout {

    /** Stores what the reader typed: a comment on the article, or a reply to a comment. */
    @FunctionalInterface
    interface Posting {
        PostedComment post(GuestComment comment, String clientAddress);
    }

    private final Posting posting;
    private final ClientAddresses addresses;
    private final BiConsumer<CommentForm, PostedComment> posted;
    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final TextArea body = new TextArea("Comment");
    /** Bots fill in every field; people never see this one (off screen, out of the tab order, unnamed to screen readers). */
    private final TextField trap = new TextField("Website");
    private final Paragraph outcome = new Paragraph();
    private final H3 heading;
    private final Binder<GuestComment> binder = new Binder<>();

    /** @param title the form's heading, or null where a dialog's title says it already */
    CommentForm(String title, Posting posting, ClientAddresses addresses, BiConsumer<CommentForm, PostedComment> posted) {
        this.posting = posting;
        this.addresses = addresses;
        this.posted = posted;
        heading = new H3(title == null ? "" : title);
        heading.setVisible(title != null);

        email.setHelperText("Never shown to other readers.");
        // The field checks the address in the browser too; it must say so in the same words as the rule.
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(GuestComment.NOT_AN_EMAIL));
        body.setHelperText("Our house rules apply: some comments are read by an editor before they appear."
                + " *Emphasis*, **strong**, [links](https://…) and > quotes work. At most 5,000 characters.");
        trap.addClassName("comment-trap");
        trap.getElement().setAttribute("aria-hidden", "true");
        trap.getElement().setAttribute("tabindex", "-1");
        trap.setAutocomplete(Autocomplete.OFF);
        body.setMinHeight("8em");
        bind(name, "name", GuestComment::name);
        bind(email, "email", GuestComment::email);
        bind(body, "body", GuestComment::body);
        var post = new Button("Post comment", click -> post());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.setVisible(false);
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("comment-outcome");
        add(heading, name, email, body, trap, post, outcome);
        setPadding(false);
        addClassName("comment-form");
        setWidthFull();
        name.setWidth("min(100%, 24rem)");
        email.setWidth("min(100%, 24rem)");
        body.setWidthFull();
    }

    void focus() {
        (name.isVisible() ? name : body).focus();
    }

    /** A signed-in reader comments under their account's name; the service takes it from the account too. */
    void signedIn(AccountSummary you) {
        if (heading.isVisible()) {
            heading.setText(heading.getText() + " as " + you.displayName());
        }
        name.setValue(you.displayName());
        name.setVisible(false);
        if (you.email() != null) {
            email.setValue(you.email());
            email.setVisible(false);
        }
    }

    private void bind(HasValue<?, String> field, String property, ValueProvider<GuestComment, String> value) {
        field.setRequiredIndicatorVisible(true);
        // Validation only: the comment is built from the fields on post (a null setter would make them read-only).
        // The rules hold for the text as it will be kept: an invisible name is refused here, at its field.
        binder.forField(field).withConverter(PlainText::clean, kept -> kept)
                .withValidator(new BeanValidator(GuestComment.class, property))
                .bind(value, (draft, ignored) -> { });
    }

    private void post() {
        if (!binder.validate().isOk()) {
            return; // the binder has put each message at its field
        }
        var comment = new GuestComment(name.getValue(), email.getValue(), body.getValue(), trap.getValue());
        var request = VaadinRequest.getCurrent();
        PostedComment done;
        try {
            done = posting.post(comment, addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        } catch (CommentNotFoundException | CommentRefusedException refused) {
            tell(refused.getMessage());
            return;
        } catch (EJBException refused) {
            if (refused.getCause() instanceof ConstraintViolationException violations) {
                tell("Your comment was not accepted: "
                        + violations.getConstraintViolations().iterator().next().getMessage());
                return;
            }
            throw refused;
        }
        posted.accept(this, done);
    }

    private void tell(String message) {
        outcome.setText(message);
        outcome.setVisible(true);
    }
}
