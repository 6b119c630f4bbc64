package org.broadsheet.admin.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.function.ValueProvider;
import org.broadsheet.content.Hero;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.Picture;

/**
 * The picture an article opens with: uploaded here (checked by the newsroom's library, which says plainly what is
 * wrong with a file it refuses), previewed, described for readers who cannot see it, captioned and credited. The
 * picture is kept as soon as it is uploaded; the article shows it from its next save.
 */
class HeroPicturePanel extends Div {

    private final LibraryUpload upload;
    private final Image preview = new Image();
    private final TextField alt = new TextField("Description for readers who cannot see it");
    private final TextField caption = new TextField("Caption");
    private final TextField credit = new TextField("Credit");
    private final Button remove = new Button("Remove picture");
    private final Binder<Hero> binder = new Binder<>();
    private Picture picture;

    HeroPicturePanel(ImageLibrary library) {
        addClassName("hero-panel");
        upload = new LibraryUpload(library, this::showPicture);
        bind(alt, "alt", Hero::alt);
        bind(caption, "caption", Hero::caption);
        bind(credit, "credit", Hero::credit);
        alt.setHelperText("What the picture shows, for screen readers and when it does not load.");
        credit.setHelperText("Printed as typed, e.g. “Photograph: Jane Doe/Reuters”.");
        preview.addClassName("hero-preview");
        preview.setMaxWidth("24rem");
        remove.addClickListener(click -> show(null));
        alt.setWidthFull();
        caption.setWidthFull();
        credit.setWidthFull();
        add(new H2("Picture"), upload, preview, alt, caption, credit, remove);
        show(null);
    }

    private void bind(HasValue<?, String> field, String property, ValueProvider<Hero, String> value) {
        binder.forField(field).withValidator(new BeanValidator(Hero.class, property)).bind(value, (hero, ignored) -> { });
    }

    /** Shows the article's picture with its words, or none. */
    void show(Hero hero) {
        upload.clearProblem();
        alt.setValue(hero == null ? "" : hero.alt());
        caption.setValue(hero == null ? "" : hero.caption());
        credit.setValue(hero == null ? "" : hero.credit());
        showPicture(hero == null ? null : hero.picture());
        alt.setInvalid(false);
        caption.setInvalid(false);
        credit.setInvalid(false);
    }

    private void showPicture(Picture shown) {
        picture = shown;
        var present = shown != null;
        preview.setVisible(present);
        if (present) {
            preview.setSrc(shown.path(shown.widths().getFirst()));
            preview.setAlt(alt.getValue().isBlank() ? "The picture just uploaded" : alt.getValue());
        }
        alt.setVisible(present);
        caption.setVisible(present);
        credit.setVisible(present);
        remove.setVisible(present);
        alt.setRequiredIndicatorVisible(present);
        credit.setRequiredIndicatorVisible(present);
    }

    /** Whether what is shown can be saved; each field that cannot says why. No picture is always fine. */
    boolean validate() {
        return picture == null || binder.validate().isOk();
    }

    /** The hero as the form shows it, or null for none. */
    Hero hero() {
        return picture == null ? null : new Hero(picture, alt.getValue(), caption.getValue(), credit.getValue());
    }
}
