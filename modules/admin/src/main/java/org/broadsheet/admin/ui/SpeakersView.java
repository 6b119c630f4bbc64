package org.broadsheet.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.SpeakerProfile;
import org.broadsheet.shared.Roles;

/**
 * The people articles quote, a page at a time from the database, found by the start of their name; an editor says
 * who one is now and where readers can learn more. Their quotes keep the roles they had when they spoke.
 */
@Dependent
@Route("admin/speakers")
@PageTitle("Speakers")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class SpeakersView extends VerticalLayout {

    private final Newsroom newsroom;
    private final PublishedArticles published;
    private final TextField nameStart = new TextField("Name starts with");
    private final Grid<SpeakerProfile> grid = new Grid<>();
    private final H2 chosen = new H2();
    private final TextField description = new TextField("Who they are now");
    private final TextField link = new TextField("More about them (web address)");
    private final Button save = new Button("Save speaker");
    private final Paragraph problem = new Paragraph();
    private SpeakerProfile editing;

    @Inject
    public SpeakersView(Newsroom newsroom, PublishedArticles published) {
        this.newsroom = newsroom;
        this.published = published;
        nameStart.setValueChangeMode(ValueChangeMode.LAZY);
        nameStart.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addColumn(SpeakerProfile::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(SpeakerProfile::description).setHeader("Described as").setFlexGrow(3);
        // Paged from the database as the editor scrolls; no count is needed to scroll.
        grid.setItems(query -> newsroom.speakers(nameStart.getValue(), query.getOffset(), query.getLimit()).stream());
        grid.setAriaLabel("Speakers");
        grid.addSelectionListener(selection -> edit(selection.getFirstSelectedItem().orElse(null)));
        description.setMaxLength(MarkdownBody.Quote.MAX_ROLE);
        description.setHelperText("Shown on their page; each quote keeps the role they had when they said it.");
        link.setHelperText("Optional: their official page, say. https:// or http:// only.");
        description.setWidthFull();
        link.setWidthFull();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(new H1("Speakers"), nameStart, grid, chosen, problem, description, link, save);
        edit(null);
    }

    private void edit(SpeakerProfile speaker) {
        editing = speaker;
        problem.setVisible(false);
        chosen.setText(speaker == null ? "" : speaker.name());
        // What readers are told now (the role in their newest published quote, unless an editor wrote one), not the
        // role of the first quote, which may be a draft's under embargo: saving a link alone must not publish it.
        description.setValue(speaker == null ? "" : published.speaker(speaker.slug())
                .map(SpeakerProfile::description).orElse(speaker.description()));
        link.setValue(speaker == null || speaker.link() == null ? "" : speaker.link());
        List.<Component>of(chosen, description, link, save).forEach(part -> part.setVisible(speaker != null));
    }

    private void save() {
        try {
            var saved = newsroom.describeSpeaker(editing.slug(), description.getValue(), link.getValue());
            grid.getDataProvider().refreshAll();
            edit(saved);
            Notification.show("Saved: their page says so now", 4_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (EJBException | ArticleStateException refused) {
            problem.setText(ArticleEditorView.violationsIn(refused)
                    .map(violations -> violations.getConstraintViolations().iterator().next().getMessage())
                    .orElse(refused.getMessage()));
            problem.setVisible(true);
        }
    }
}
