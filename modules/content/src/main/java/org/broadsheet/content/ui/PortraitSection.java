package org.broadsheet.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.ImageRefusedException;
import org.broadsheet.content.Picture;
import org.broadsheet.shared.ui.AccountSection;
import org.broadsheet.shared.ui.PictureUpload;

/** "Your picture" on the account page: shown beside your comments, and on your author page if you have one. */
@Dependent
public class PortraitSection implements AccountSection {

    @Inject
    ImageLibrary pictures;

    @Override
    public Component section() {
        var section = new Div();
        section.addClassName("portrait-section");
        var preview = new Image();
        preview.addClassName("portrait-preview");
        preview.setAlt("Your picture");
        var remove = new Button("Remove picture");
        var upload = new PictureUpload("A JPEG or PNG at least " + ImageLibrary.NARROWEST_PORTRAIT
                + " pixels wide, up to " + ImageLibrary.MAX_BYTES / (1024 * 1024) + " MB.", ImageLibrary.MAX_BYTES) {
            @Override
            protected void received(byte[] file) {
                try {
                    show(preview, remove, pictures.portrayYourself(file));
                } catch (ImageRefusedException refused) {
                    refuse(refused.getMessage());
                } catch (EJBException meanwhile) {
                    // Another change of the same picture at the same moment (another tab) won.
                    refuse("Your picture was being changed elsewhere at the same moment; try again.");
                }
            }
        };
        remove.addClickListener(click -> {
            pictures.removeYourPortrait();
            upload.clearProblem();
            show(preview, remove, null);
        });
        show(preview, remove, pictures.yourPortrait().orElse(null));
        section.add(new H2("Your picture"), new Paragraph("Shown beside your comments, and on your author page if you"
                + " write for us. Leave it out if you prefer."), preview, upload, remove);
        return section;
    }

    private static void show(Image preview, Button remove, Picture picture) {
        preview.setVisible(picture != null);
        remove.setVisible(picture != null);
        if (picture != null) {
            preview.setSrc(picture.path(picture.widths().getFirst()));
        }
    }
}
