package org.broadsheet.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.ejb.EJBException;
import java.util.function.Consumer;
import org.broadsheet.content.ArticleChangedMeanwhileException;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.EditorsNote;
import org.broadsheet.content.Newsroom;
import org.broadsheet.shared.Dateline;

/**
 * The corrections and updates of a published article: each note with its earlier wordings, a way to amend it
 * (the old wording stays on the record) and a form to append a new one. It acts on the article as stored, so
 * the editor's form is reloaded afterwards ({@code changed}).
 */
class ArticleNotesPanel extends VerticalLayout {

    private final Newsroom newsroom;
    private final Runnable changed;
    private final Consumer<String> refuse;
    private final Div notes = new Div();
    private final RadioButtonGroup<EditorsNote.Kind> kind = new RadioButtonGroup<>("Kind of note");
    private final TextArea text = new TextArea("Correction or update");
    private long articleId;

    ArticleNotesPanel(Newsroom newsroom, Runnable changed, Consumer<String> refuse) {
        this.newsroom = newsroom;
        this.changed = changed;
        this.refuse = refuse;
        setPadding(false);
        addClassName("article-notes-panel");
        kind.setItems(EditorsNote.Kind.values());
        kind.setItemLabelGenerator(EditorsNote.Kind::label);
        kind.setValue(EditorsNote.Kind.CORRECTION);
        text.setMaxLength(EditorsNote.MAX_LENGTH);
        text.setWidthFull();
        text.setHelperText("Dated and shown to readers at the end of the article; the article counts as updated.");
        var append = new Button("Append note", click -> append());
        add(new H2("Corrections and updates"), notes, kind, text, append);
    }

    void show(long articleId) {
        this.articleId = articleId;
        notes.removeAll();
        var all = newsroom.notes(articleId);
        if (all.isEmpty()) {
            notes.add(new Paragraph("None yet."));
        }
        all.forEach(note -> notes.add(noteItem(note)));
    }

    private VerticalLayout noteItem(EditorsNote note) {
        var heading = note.kind().label() + ", " + Dateline.minute(note.notedAt())
                + (note.amendedAt() == null ? "" : " (amended " + Dateline.minute(note.amendedAt()) + ")");
        var item = new VerticalLayout(new Paragraph(heading), new Paragraph(note.text()));
        item.setPadding(false);
        item.setSpacing(false);
        item.addClassName("editors-note");
        if (!note.amendments().isEmpty()) {
            var earlier = new VerticalLayout();
            earlier.setPadding(false);
            note.amendments().forEach(change -> earlier.add(new Paragraph("Replaced " + Dateline.minute(change.replacedAt())
                    + " by " + change.replacedBy() + ": “" + change.previousText() + "”")));
            item.add(new Details("Earlier wordings (" + note.amendments().size() + ")", earlier));
        }
        var amended = new TextArea("New wording");
        amended.setValue(note.text());
        amended.setMaxLength(EditorsNote.MAX_LENGTH);
        amended.setWidthFull();
        var save = new Button("Save new wording", click -> store(amended,
                wording -> newsroom.amendNote(articleId, note.id(), wording)));
        var amending = new Details("Amend this note", new VerticalLayout(amended, save));
        item.add(amending);
        return item;
    }

    private void append() {
        store(text, wording -> newsroom.addNote(articleId, kind.getValue(), wording));
    }

    /** Sends the wording; the newsroom's refusal (blank, too long, not published) is shown at the field. */
    private void store(TextArea field, Consumer<String> action) {
        try {
            action.accept(field.getValue());
        } catch (EJBException refused) {
            var violations = ArticleEditorView.violationsIn(refused).orElseThrow(() -> refused);
            field.setErrorMessage(violations.getConstraintViolations().iterator().next().getMessage());
            field.setInvalid(true);
            return;
        } catch (ArticleStateException | ArticleChangedMeanwhileException refused) {
            refuse.accept(refused.getMessage());
            return;
        }
        field.setInvalid(false);
        text.clear();
        changed.run();
    }
}
