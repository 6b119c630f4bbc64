package org.broadsheet.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import org.broadsheet.commenting.CommentSettings;
import org.broadsheet.commenting.Commenters;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.commenting.ModerationPolicy;
import org.broadsheet.shared.Roles;

/** Where editors set the house rules every new comment meets: who waits, how many links pass, which words. */
@Dependent
@Route("admin/house-rules")
@PageTitle("House rules")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class HouseRulesView extends VerticalLayout {

    private final CommentSettings settings;
    private final RadioButtonGroup<ModerationPolicy> policy = new RadioButtonGroup<>("Which comments wait for an editor");
    private final IntegerField maxLinks = new IntegerField("Links a comment may carry before it waits");
    private final TextArea banned = new TextArea("Banned words: a comment using one is not published");
    private final TextArea suspect = new TextArea("Words to check: a comment using one waits for an editor");
    private final RadioButtonGroup<Commenters> commenters = new RadioButtonGroup<>("Who may comment");
    private final IntegerField closeAfterDays = new IntegerField("Close comments this many days after publishing");
    private final IntegerField hideAfterReports = new IntegerField("Readers' reports that hide a comment until a"
            + " moderator looks");
    private final Paragraph problem = new Paragraph();

    @Inject
    public HouseRulesView(CommentSettings settings) {
        this.settings = settings;
        addClassName("admin-page");
        policy.setItems(ModerationPolicy.values());
        policy.setItemLabelGenerator(ModerationPolicy::description);
        maxLinks.setMin(0);
        maxLinks.setMax(50);
        maxLinks.setStepButtonsVisible(true);
        commenters.setItems(Commenters.values());
        commenters.setItemLabelGenerator(Commenters::description);
        closeAfterDays.setMin(0);
        closeAfterDays.setMax(3650);
        closeAfterDays.setHelperText("0 keeps them open. An article's own setting comes first.");
        hideAfterReports.setMin(1);
        hideAfterReports.setMax(100);
        for (var words : new TextArea[] {banned, suspect}) {
            words.setHelperText("One word or phrase a line; whole words, any case.");
            words.setWidthFull();
            words.setMinHeight("8em");
        }
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        var save = new Button("Save house rules", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show(settings.houseRules());
        add(new H1("House rules for comments"), new Paragraph("They apply to every comment posted from now on. A"
                + " comment they hold says why in the moderation queue."), problem, commenters, closeAfterDays, policy, maxLinks, banned,
                suspect, hideAfterReports, save);
    }

    private void show(HouseRules rules) {
        policy.setValue(rules.policy());
        maxLinks.setValue(rules.maxLinks());
        banned.setValue(String.join("\n", rules.bannedWords()));
        suspect.setValue(String.join("\n", rules.suspectWords()));
        commenters.setValue(rules.commenters());
        closeAfterDays.setValue(rules.closeAfterDays());
        hideAfterReports.setValue(rules.hideAfterReports());
    }

    /** An empty or unreadable number is refused by the rules' own message, not taken as zero. */
    private static int number(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private void save() {
        problem.setVisible(false);
        try {
            settings.change(new HouseRules(policy.getValue(), number(maxLinks),
                    Arrays.asList(banned.getValue().split("\n")), Arrays.asList(suspect.getValue().split("\n")),
                    commenters.getValue(), number(closeAfterDays), number(hideAfterReports)));
        } catch (EJBException refused) {
            if (!(refused.getCause() instanceof ConstraintViolationException violations)) {
                throw refused;
            }
            problem.setText(violations.getConstraintViolations().iterator().next().getMessage());
            problem.setVisible(true);
            return;
        }
        show(settings.houseRules());
        Notification.show("Saved: new comments meet these rules", 4_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
