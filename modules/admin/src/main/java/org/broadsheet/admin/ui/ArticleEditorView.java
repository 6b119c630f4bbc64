package org.broadsheet.admin.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.HashSet;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.broadsheet.content.ArticleChangedMeanwhileException;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleNotFoundException;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.Slug;
import org.broadsheet.content.SlugTakenException;
import org.broadsheet.content.TopicRef;
import org.broadsheet.shared.Roles;

/**
 * Writing and editing one article: the fields with their rules, a live preview of the Markdown body, and
 * publishing. The slug follows the headline until the editor types one of their own or the article is
 * published: from then on readers have its address, so only an editor's deliberate change moves it (and the
 * old address then leads to the new one).
 */
@Dependent
@Route("admin/articles/:id")
@PageTitle("Edit article")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ArticleEditorView extends VerticalLayout implements BeforeEnterObserver {

    static final String NEW = "new";

    private final Newsroom newsroom;
    private final TextField headline = new TextField("Headline");
    private final TextArea standfirst = new TextArea("Standfirst");
    private final TextField slug = new TextField("Slug");
    private final TextArea body = new TextArea("Body (Markdown)");
    private final MultiSelectComboBox<TopicRef> topics = new MultiSelectComboBox<>("Topics");
    private final Div preview = new Div();
    private final Span status = new Span();
    private final Paragraph problem = new Paragraph();
    private final Button save = new Button("Save");
    private final Button publish = new Button("Publish");
    private final Button unpublish = new Button("Unpublish");
    private final Binder<ArticleDraft> binder = new Binder<>();
    private ArticleDraft draft = ArticleDraft.blank();
    private boolean slugFollowsHeadline = true;

    @Inject
    public ArticleEditorView(Newsroom newsroom) {
        this.newsroom = newsroom;
        addClassName("article-editor");
        bind(headline, "headline", ArticleDraft::headline);
        bind(standfirst, "standfirst", ArticleDraft::standfirst);
        bind(slug, "slug", ArticleDraft::slug);
        bind(body, "body", ArticleDraft::body);
        slug.setHelperText("The article's address: /articles/<slug>");
        body.setHelperText("Paragraphs, ## headings, *emphasis*, [links](https://…), > quotes; end a quote with "
                + "a line “— Name, Role” to attribute it.");
        topics.setItems(newsroom.topics());
        topics.setItemLabelGenerator(TopicRef::name);
        topics.setAllowCustomValue(true);
        // The field's own validation would clear the newsroom's refusal on the next blur.
        topics.setManualValidation(true);
        topics.setHelperText("Pick topics, or type a new topic’s name and press Enter to add it.");
        topics.addCustomValueSetListener(typed -> addTopic(typed.getDetail()));
        headline.setValueChangeMode(ValueChangeMode.EAGER);
        headline.addValueChangeListener(change -> {
            if (slugFollowsHeadline && change.isFromClient()) {
                slug.setValue(Slug.from(change.getValue()).value());
            }
        });
        slug.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                slugFollowsHeadline = false;
            }
        });
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> renderPreview());
        problem.getElement().setAttribute("role", "alert");
        status.getElement().setAttribute("role", "status");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(click -> publish());
        unpublish.addClickListener(click -> unpublish());
        headline.setWidthFull();
        standfirst.setWidthFull();
        slug.setWidthFull();
        topics.setWidthFull();
        body.setMinHeight("20em");
        preview.addClassName("article-body");
        preview.addClassName("preview");
        preview.getElement().setAttribute("aria-label", "Preview");
        var previewPane = new Div(new H2("Preview"), preview);
        previewPane.addClassName("preview-pane");
        var writing = new HorizontalLayout(body, previewPane);
        writing.setWidthFull();
        // Text and preview share the width half and half, however long either gets.
        body.getStyle().set("flex", "1 1 0").set("min-width", "0");
        previewPane.getStyle().set("flex", "1 1 0");
        add(new H1("Article"), status, problem, headline, standfirst, slug, topics, writing,
                new HorizontalLayout(save, publish, unpublish));
    }

    private void bind(HasValue<?, String> field, String property, ValueProvider<ArticleDraft, String> value) {
        field.setRequiredIndicatorVisible(true);
        // Validation only: the draft is built from the fields on save (a null setter would make them read-only).
        binder.forField(field).withValidator(new BeanValidator(ArticleDraft.class, property)).bind(value, (draft, ignored) -> { });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id)) {
            show(ArticleDraft.blank());
            return;
        }
        try {
            show(newsroom.open(Long.parseLong(id)));
        } catch (NumberFormatException | ArticleNotFoundException missing) {
            event.rerouteToError(NotFoundException.class, "There is no such article.");
        }
    }

    private void show(ArticleDraft shown) {
        draft = shown;
        binder.readBean(shown);
        topics.setValue(newsroom.topics().stream()
                .filter(topic -> shown.topicSlugs().contains(topic.slug()))
                .collect(Collectors.toSet()));
        slugFollowsHeadline = shown.slugFollowsHeadline();
        var published = shown.status() == ArticleStatus.PUBLISHED;
        slug.setHelperText(published
                ? "The article's address: /articles/<slug>. Readers have it: change it only on purpose; the old "
                        + "address will lead to the new one."
                : "The article's address: /articles/<slug>");
        status.setText(shown.id() == null ? "New article (draft)" : published ? "Published" : "Draft");
        status.getElement().getThemeList().set("badge", true);
        status.getElement().getThemeList().set("success", published);
        publish.setVisible(!published);
        unpublish.setVisible(published);
        renderPreview();
    }

    /** A name the newsroom refuses (blank, too long) is explained at the field; the editor's picks stay. */
    private void addTopic(String name) {
        TopicRef added;
        try {
            added = newsroom.addTopic(name.strip());
        } catch (EJBException refused) {
            var violations = violationsIn(refused).orElseThrow(() -> refused);
            topics.setErrorMessage(violations.getConstraintViolations().iterator().next().getMessage());
            topics.setInvalid(true);
            return;
        }
        var picked = new HashSet<>(topics.getValue());
        picked.add(added);
        topics.setItems(newsroom.topics());
        topics.setValue(picked);
        topics.setInvalid(false);
    }

    private static Optional<ConstraintViolationException> violationsIn(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violations) {
                return Optional.of(violations);
            }
        }
        return Optional.empty();
    }

    private void renderPreview() {
        preview.removeAll();
        preview.add(new Html("<div>" + MarkdownBody.toHtml(body.getValue()) + "</div>"));
    }

    private void save() {
        store(newsroom::save, "Saved");
    }

    /** Saves and publishes what the form shows in one step: if either is refused, neither happens. */
    private void publish() {
        store(newsroom::publish, "Published");
    }

    private void store(ToLongFunction<ArticleDraft> action, String done) {
        problem.setVisible(false);
        if (!binder.validate().isOk()) {
            return;
        }
        var edited = new ArticleDraft(draft.id(), draft.version(), headline.getValue(), standfirst.getValue(),
                slug.getValue(), body.getValue(),
                topics.getValue().stream().map(TopicRef::slug).collect(Collectors.toSet()),
                draft.authorId(), draft.status());
        try {
            var id = action.applyAsLong(edited);
            show(newsroom.open(id));
            if (edited.id() == null) {
                getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class, new RouteParameters("id", String.valueOf(id))));
            }
            notify(done, NotificationVariant.LUMO_SUCCESS);
        } catch (SlugTakenException taken) {
            slug.setInvalid(true);
            slug.setErrorMessage(taken.getMessage());
        } catch (ArticleChangedMeanwhileException | ArticleStateException refused) {
            refuse(refused.getMessage());
        }
    }

    private void unpublish() {
        if (draft.id() == null) {
            return;
        }
        try {
            newsroom.unpublish(draft.id());
            show(newsroom.open(draft.id()));
            notify("Unpublished: readers no longer see it", NotificationVariant.LUMO_CONTRAST);
        } catch (ArticleStateException | ArticleChangedMeanwhileException refused) {
            refuse(refused.getMessage());
        }
    }

    /** Refusals stay on the page, beside the form, until the next attempt: a toast could be missed. */
    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private static void notify(String message, NotificationVariant variant) {
        var notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
