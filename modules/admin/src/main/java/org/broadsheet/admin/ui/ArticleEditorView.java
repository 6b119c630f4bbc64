package org.broadsheet.admin.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.broadsheet.commenting.CommentSettings;
import org.broadsheet.content.ArticleChangedMeanwhileException;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleNotFoundException;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.SectionRef;
import org.broadsheet.shared.Slug;
import org.broadsheet.content.SlugTakenException;
import org.broadsheet.content.TopicRef;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.Author;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.ui.ForbiddenException;

/**
 * Writing and editing one article: the fields with their rules, a live preview of the Markdown body, and
 * publishing. The slug follows the headline until the editor types one of their own or the article is
 * published: from then on readers have its address, so only an editor's deliberate change moves it (and the
 * old address then leads to the new one).
 */
@Dependent
@Route("admin/articles/:id")
@PageTitle("Edit article")
@RolesAllowed({Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
public class ArticleEditorView extends VerticalLayout implements BeforeEnterObserver {

    static final String NEW = "new";

    /** More than a newsroom's staff: the list of people who may share a byline is loaded whole. */
    static final int MAX_STAFF = 500;

    private final Newsroom newsroom;
    private final TextField headline = new TextField("Headline");
    private final TextArea standfirst = new TextArea("Standfirst");
    private final TextField slug = new TextField("Slug");
    private final TextArea body = new TextArea("Body (Markdown)");
    private final Select<SectionRef> section = new Select<>();
    private final List<SectionRef> sections;
    private final MultiSelectComboBox<TopicRef> topics = new MultiSelectComboBox<>("Topics");
    private final MultiSelectComboBox<Author> coAuthors = new MultiSelectComboBox<>("Also by");
    private final List<Author> staff;
    private final Accounts accounts;
    private final Div preview = new Div();
    private final Span status = new Span();
    private final Paragraph problem = new Paragraph();
    private final Button save = new Button("Save");
    private final Button submitForReview = new Button("Send for review");
    private final Button publish = new Button("Publish");
    private final DateTimePicker publishAt = new DateTimePicker("Publish at (UTC)");
    private final Button schedule = new Button("Schedule");
    private final Button returnToDraft = new Button("Back to draft");
    private final Button unpublish = new Button("Unpublish");
    private final ArticleNotesPanel notes;
    private final ArticleRevisionsPanel revisions;
    private final HeroPicturePanel hero;
    private final ArticleDiscussionPanel discussion;
    private final Binder<ArticleDraft> binder = new Binder<>();
    private ArticleDraft draft = ArticleDraft.blank();
    private boolean slugFollowsHeadline = true;

    @Inject
    public ArticleEditorView(Newsroom newsroom, PublishedArticles articles, ImageLibrary pictures, Accounts accounts,
            CommentSettings commentSettings) {
        this.newsroom = newsroom;
        this.accounts = accounts;
        this.staff = accounts.staff(MAX_STAFF);
        this.hero = new HeroPicturePanel(pictures);
        this.discussion = new ArticleDiscussionPanel(commentSettings);
        this.sections = articles.sections();
        this.notes = new ArticleNotesPanel(newsroom, () -> show(newsroom.open(draft.id())), this::refuse);
        this.revisions = new ArticleRevisionsPanel(newsroom, () -> show(newsroom.open(draft.id())), this::refuse);
        addClassName("article-editor");
        bind(headline, "headline", ArticleDraft::headline);
        bind(standfirst, "standfirst", ArticleDraft::standfirst);
        bind(slug, "slug", ArticleDraft::slug);
        bind(body, "body", ArticleDraft::body);
        slug.setHelperText("The article's address: /articles/<slug>");
        body.setHelperText("Paragraphs, ## headings, *emphasis*, [links](https://…), > quotes; end a quote with "
                + "a line “— Name, Role” to attribute it.");
        section.setLabel("Section");
        section.setItems(sections);
        section.setItemLabelGenerator(SectionRef::name);
        section.setHelperText("Where the article is listed: its section page and the masthead's link to it.");
        topics.setItems(newsroom.topics());
        topics.setItemLabelGenerator(TopicRef::name);
        topics.setAllowCustomValue(true);
        // The field's own validation would clear the newsroom's refusal on the next blur.
        topics.setManualValidation(true);
        topics.setHelperText("Pick topics, or type a new topic’s name and press Enter to add it.");
        topics.addCustomValueSetListener(typed -> addTopic(typed.getDetail()));
        coAuthors.setItemLabelGenerator(Author::name);
        coAuthors.setHelperText("Anyone on the staff who wrote it with the lead author: the byline names them all.");
        coAuthors.setWidthFull();
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
        unpublish.addClickListener(click -> decide(newsroom::unpublish, "Unpublished: readers no longer see it"));
        submitForReview.addClickListener(click -> store(newsroom::submitForReview, "Sent for review"));
        schedule.addClickListener(click -> schedule());
        returnToDraft.addClickListener(click -> decide(newsroom::returnToDraft, "Back to draft: it goes nowhere by itself"));
        // The site prints every time in UTC, so the schedule is set in UTC too; ISO dates read the same everywhere.
        publishAt.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        publishAt.setDateAriaLabel("Publication date (UTC)");
        publishAt.setTimeAriaLabel("Publication time (UTC)");
        publishAt.setDatePlaceholder("YYYY-MM-DD");
        publishAt.setTimePlaceholder("HH:MM");
        publishAt.setStep(Duration.ofMinutes(1));
        publishAt.setHelperText("The article goes out by itself within a minute of this time.");
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
        var quotes = new QuoteHelper(newsroom, quote -> {
            var text = body.getValue().stripTrailing();
            body.setValue(text.isEmpty() ? quote : text + "\n\n" + quote);
        });
        var scheduling = new HorizontalLayout(publishAt, schedule);
        scheduling.setAlignItems(Alignment.BASELINE);
        var actions = new HorizontalLayout(save, submitForReview, publish, returnToDraft, unpublish);
        actions.setAlignItems(Alignment.BASELINE);
        add(new H1("Article"), status, problem, headline, standfirst, slug, section, topics, coAuthors, hero, writing, quotes, actions, scheduling, notes,
                discussion, revisions);
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
        } catch (EJBException refused) {
            // Someone else's article, opened by a contributor or author who is not on its byline.
            var denied = causeOf(refused, EJBAccessException.class).orElseThrow(() -> refused);
            event.rerouteToError(new ForbiddenException(denied.getMessage()), denied.getMessage());
        }
    }

    private void show(ArticleDraft shown) {
        draft = shown;
        binder.readBean(shown);
        section.setValue(sections.stream().filter(each -> each.slug().equals(shown.sectionSlug())).findFirst()
                .orElse(sections.isEmpty() ? null : sections.getFirst()));
        topics.setValue(newsroom.topics().stream()
                .filter(topic -> shown.topicSlugs().contains(topic.slug()))
                .collect(Collectors.toSet()));
        hero.show(shown.hero());
        // Whoever is on the byline stays selectable, even someone who has left the staff since (or is past the list's
        // length): otherwise the next save would drop them without anyone deciding to.
        var choices = new LinkedHashMap<Long, Author>();
        staff.forEach(author -> choices.put(author.accountId(), author));
        var missing = shown.coAuthorIds().stream().filter(id -> !choices.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            accounts.authors(missing).forEach(choices::putIfAbsent);
        }
        coAuthors.setItems(choices.values());
        coAuthors.setValue(shown.coAuthorIds().stream().map(choices::get).filter(Objects::nonNull).toList());
        slugFollowsHeadline = shown.slugFollowsHeadline();
        var published = shown.status() == ArticleStatus.PUBLISHED;
        slug.setHelperText(published
                ? "The article's address: /articles/<slug>. Readers have it: change it only on purpose; the old "
                        + "address will lead to the new one."
                : "The article's address: /articles/<slug>");
        var stage = shown.status();
        var rights = newsroom.rights(shown.id());
        status.setText(shown.id() == null ? "New article (draft)"
                : stage == ArticleStatus.SCHEDULED ? "Scheduled for " + Dateline.minute(shown.scheduledFor())
                : stage.label());
        status.getElement().getThemeList().set("badge", true);
        status.getElement().getThemeList().set("success", published);
        // Only the steps the newsroom would take from this person: a contributor sends for review, nothing more.
        save.setVisible(rights.edit());
        submitForReview.setVisible(rights.edit() && stage == ArticleStatus.DRAFT);
        publish.setVisible(rights.publish() && !published);
        returnToDraft.setVisible(stage == ArticleStatus.IN_REVIEW ? rights.edit() : stage == ArticleStatus.SCHEDULED && rights.publish());
        unpublish.setVisible(rights.publish() && published);
        publishAt.setVisible(rights.publish() && !published);
        schedule.setVisible(rights.publish() && !published);
        schedule.setText(stage == ArticleStatus.SCHEDULED ? "Move to this time" : "Schedule");
        publishAt.setValue(shown.scheduledFor() == null ? null : LocalDateTime.ofInstant(shown.scheduledFor(), ZoneOffset.UTC));
        publishAt.setMin(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
        publishAt.setInvalid(false);
        // Once readers have seen it, changes they should know about are told in notes, not made silently.
        notes.setVisible(published && rights.publish());
        if (notes.isVisible()) {
            notes.show(shown.id());
        }
        // Editors decide how its comments run (the house rules are theirs too).
        var request = VaadinRequest.getCurrent();
        discussion.setVisible(shown.id() != null && request != null
                && (request.isUserInRole(Roles.EDITOR) || request.isUserInRole(Roles.ADMIN)));
        if (discussion.isVisible()) {
            discussion.show(shown.id());
        }
        revisions.setVisible(shown.id() != null);
        if (revisions.isVisible()) {
            revisions.show(shown);
        }
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

    static Optional<ConstraintViolationException> violationsIn(Throwable failure) {
        return causeOf(failure, ConstraintViolationException.class);
    }

    /** The container wraps what a service throws; this finds what it said. */
    static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
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

    /** Saves what the form shows and sets its publication time, in one step, as publishing does. */
    private void schedule() {
        var at = publishAt.getValue();
        if (at == null) {
            publishAt.setErrorMessage("Choose the date and time it goes out");
            publishAt.setInvalid(true);
            return;
        }
        publishAt.setInvalid(false);
        store(edited -> newsroom.schedule(edited, at.toInstant(ZoneOffset.UTC)),
                "Scheduled for " + Dateline.minute(at.toInstant(ZoneOffset.UTC)));
    }

    private void store(ToLongFunction<ArticleDraft> action, String done) {
        problem.setVisible(false);
        // Both checked, so every field that is wrong says so at once.
        var textOk = binder.validate().isOk();
        if (!hero.validate() || !textOk) {
            return;
        }
        var edited = new ArticleDraft(draft.id(), draft.version(), headline.getValue(), standfirst.getValue(),
                slug.getValue(), body.getValue(),
                topics.getValue().stream().map(TopicRef::slug).collect(Collectors.toSet()),
                draft.authorId(), draft.status(), draft.scheduledFor(),
                section.getOptionalValue().map(SectionRef::slug).orElse(null), hero.hero(),
                coAuthors.getSelectedItems().stream().map(Author::accountId).toList());
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
        } catch (EJBException failed) {
            refuse(causeOf(failed, EJBAccessException.class).orElseThrow(() -> failed).getMessage());
        }
    }

    /** A step of the workflow on the article as stored (unpublish, back to draft): the form's edits stay. */
    private void decide(LongConsumer step, String done) {
        if (draft.id() == null) {
            return;
        }
        problem.setVisible(false);
        try {
            step.accept(draft.id());
            show(newsroom.open(draft.id()));
            notify(done, NotificationVariant.LUMO_CONTRAST);
        } catch (ArticleStateException | ArticleChangedMeanwhileException refused) {
            refuse(refused.getMessage());
        } catch (EJBException failed) {
            refuse(causeOf(failed, EJBAccessException.class).orElseThrow(() -> failed).getMessage());
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
