package org.broadsheet.commenting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import java.util.Optional;
import java.util.function.BiConsumer;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentRefusedException;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.PostedComment;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.PlainText;
import org.broadsheet.shared.ui.StaticHtml;

/**
 * The comments under an article: the first page of approved comments and the buttons below them, both
 * shared markup (see {@link CommentsMarkup}), so an idle reader's page holds no component per comment or
 * button. One click listener on the section serves both buttons. The form is built only when a reader asks
 * for it and dropped once the comment is posted: most readers never write, and each of them would otherwise
 * keep a form on the server.
 */
class CommentsPanel extends Section {

    private static final String ACTION = "event.target.dataset.action";

    private final long articleId;
    private final Comments comments;
    private final ClientAddresses addresses;
    private final Accounts accounts;
    private final CommentsMarkup markup;
    private final Component actions;
    private int pagesShown = 1;
    private boolean writing;
    private Optional<Paragraph> thanks = Optional.empty();

    CommentsPanel(long articleId, Comments comments, ClientAddresses addresses, Accounts accounts,
                  CommentsMarkup markup, StaticHtml.Parts parts) {
        this.articleId = articleId;
        this.comments = comments;
        this.addresses = addresses;
        this.accounts = accounts;
        this.markup = markup;
        addClassName("comments");
        setId("comments");
        var first = markup.page(articleId, 1);
        actions = parts.of("comment-actions", CommentsMarkup.actions(first.hasMore()));
        add(parts.of("comments-" + articleId, first.html()), actions);
        getElement().addEventListener("click", click -> act(click.getEventData().get(ACTION).asString()))
                .addEventData(ACTION)
                .setFilter(ACTION + " !== undefined");
    }

    private void act(String action) {
        switch (action) {
            case CommentsMarkup.SHOW_MORE -> showNextPage();
            case CommentsMarkup.WRITE -> openForm();
            default -> { } // a button this version does not know: nothing to do
        }
    }

    private void showNextPage() {
        pagesShown++;
        var page = markup.page(articleId, pagesShown);
        addComponentAtIndex(indexOf(actions),
                StaticHtml.Parts.sent().of("comments-" + articleId + "-" + pagesShown, page.html()));
        if (!page.hasMore()) {
            addClassName("all-shown");
        }
    }

    private void openForm() {
        if (writing) {
            return;
        }
        writing = true;
        addClassName("writing");
        thanks.ifPresent(this::remove);
        var form = new CommentForm(articleId, comments, addresses, this::posted);
        accounts.you().ifPresent(form::signedIn);
        add(form);
        form.focus();
    }

    /**
     * Posted: the form goes (nothing of it is kept), the outcome stays, and the reader may write another. Spam is
     * thanked like a held comment: a bot learns nothing from the answer.
     */
    private void posted(CommentForm form, PostedComment comment) {
        remove(form);
        writing = false;
        removeClassName("writing");
        var message = new Paragraph(switch (comment.status()) {
            case APPROVED -> "Thank you. Your comment is published; it appears below when the page is next opened.";
            case REJECTED -> "Your comment breaks our house rules and will not be published.";
            case PENDING, SPAM -> "Thank you. Your comment awaits moderation and will appear once an editor has"
                    + " approved it.";
        });
        message.getElement().setAttribute("role", "status");
        message.addClassName("comment-outcome");
        add(message);
        thanks = Optional.of(message);
    }

    /** What a reader types, checked at each field by the same Bean Validation rules the service applies. */
    private static final class CommentForm extends VerticalLayout {

        private final long articleId;
        private final Comments comments;
        private final ClientAddresses addresses;
        private final BiConsumer<CommentForm, PostedComment> posted;
        private final TextField name = new TextField("Name");
        private final EmailField email = new EmailField("Email");
        private final TextArea body = new TextArea("Comment");
        /** Bots fill in every field; people never see this one (off screen, out of the tab order, unnamed to screen readers). */
        private final TextField trap = new TextField("Website");
        private final Paragraph outcome = new Paragraph();
        private final H3 heading = new H3("Leave a comment");
        private final Binder<GuestComment> binder = new Binder<>();

        CommentForm(long articleId, Comments comments, ClientAddresses addresses,
                BiConsumer<CommentForm, PostedComment> posted) {
            this.articleId = articleId;
            this.comments = comments;
            this.addresses = addresses;
            this.posted = posted;

            email.setHelperText("Never shown to other readers.");
            // The field checks the address in the browser too; it must say so in the same words as the rule.
            email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(GuestComment.NOT_AN_EMAIL));
            body.setHelperText("Our house rules apply: some comments are read by an editor before they appear."
                    + " At most 5,000 characters.");
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
            heading.setText("Leave a comment as " + you.displayName());
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
                done = comments.post(articleId, comment,
                        addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
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
}
