package org.broadsheet.admin.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.Picture;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.AuthorProfile;
import org.broadsheet.shared.Roles;

/** Where staff write the bio their author page shows above their articles. */
@Dependent
@Route("admin/author-page")
@PageTitle("Your author page")
@RolesAllowed({Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
public class AuthorPageView extends Div {

    private final TextArea bio = new TextArea("Bio");
    private final Paragraph problem = new Paragraph();

    private final Image photo = new Image();
    private final Button removePhoto = new Button("Remove photo");

    @Inject
    public AuthorPageView(Accounts accounts, ImageLibrary pictures) {
        addClassName("admin-page");
        var profile = accounts.yourProfile().orElseThrow(() -> new IllegalStateException("Staff have author pages"));
        var page = new Anchor("authors/" + profile.author().slug(), "/authors/" + profile.author().slug());
        page.getElement().setAttribute("router-ignore", true);
        bio.setValue(profile.bio());
        bio.setMaxLength(AuthorProfile.MAX_BIO_LENGTH);
        bio.setWidthFull();
        bio.setMinHeight("10em");
        bio.setHelperText("Plain text, shown to readers under your name. Leave it empty for none.");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        var save = new Button("Save bio", click -> {
            try {
                accounts.describe(profile.author().accountId(), bio.getValue());
                problem.setVisible(false);
                Notification.show("Saved: readers see it on your author page", 4_000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (EJBException | ConstraintViolationException refused) {
                problem.setText(refused instanceof ConstraintViolationException violations
                        ? violations.getConstraintViolations().iterator().next().getMessage()
                        : "The bio could not be saved.");
                problem.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        long accountId = profile.author().accountId();
        photo.addClassName("portrait-preview");
        photo.setAlt(profile.author().name());
        photo.setWidth("8rem");
        showPhoto(pictures.portrait(accountId).orElse(null));
        var upload = new LibraryUpload(pictures, picture -> {
            pictures.portray(accountId, picture.id());
            showPhoto(picture);
        });
        removePhoto.addClickListener(click -> {
            pictures.portray(accountId, null);
            showPhoto(null);
        });
        add(new H1("Your author page"), new Paragraph(new Text("Readers find it at "), page), problem, bio, save,
                new H2("Photo"), photo, upload, removePhoto);
    }

    /** The photograph readers see beside your name, or none. */
    private void showPhoto(Picture picture) {
        photo.setVisible(picture != null);
        removePhoto.setVisible(picture != null);
        if (picture != null) {
            photo.setSrc(picture.path(picture.widths().getFirst()));
        }
    }
}
