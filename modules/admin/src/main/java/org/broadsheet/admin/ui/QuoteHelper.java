package org.broadsheet.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.SpeakerProfile;

/**
 * Writes an attributed quote into the body in the newsroom's form ("&gt; words" then "&gt; — Name, Role"), offering
 * the speakers already quoted as the name is typed, so the same person is spelled the same way every time and
 * their quotes gather on one page. Their current description is offered as the role, which the editor may change
 * to the one they had when they said it.
 */
class QuoteHelper extends Details {

    private final ComboBox<SpeakerProfile> speaker = new ComboBox<>("Speaker");
    private final TextField role = new TextField("Role at the time");
    private final TextArea words = new TextArea("Quote");
    private String typedName;

    QuoteHelper(Newsroom newsroom, Consumer<String> insert) {
        super("Add a quote");
        addClassName("quote-helper");
        // Fetched a page at a time as the name is typed: the newsroom may have quoted thousands of people.
        speaker.setItems(query -> newsroom.speakers(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        speaker.setItemLabelGenerator(SpeakerProfile::name);
        speaker.setAllowCustomValue(true);
        speaker.setHelperText("Pick someone already quoted, or type a new name and press Enter.");
        speaker.addCustomValueSetListener(typed -> {
            typedName = typed.getDetail().strip();
            speaker.clear();
            speaker.setHelperText("New speaker: " + typedName);
        });
        speaker.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                typedName = null;
                speaker.setHelperText("Pick someone already quoted, or type a new name and press Enter.");
                role.setValue(change.getValue().description());
            }
        });
        role.setMaxLength(MarkdownBody.Quote.MAX_ROLE);
        words.setMaxLength(MarkdownBody.Quote.MAX_TEXT);
        speaker.setWidthFull();
        role.setWidthFull();
        words.setWidthFull();
        var add = new Button("Insert quote", click -> {
            var name = speaker.getValue() != null ? speaker.getValue().name() : typedName;
            if (name == null || name.isBlank() || words.getValue().isBlank()) {
                words.setErrorMessage("A quote needs its words and who said them.");
                words.setInvalid(true);
                return;
            }
            words.setInvalid(false);
            insert.accept(markdown(words.getValue(), name, role.getValue()));
            words.clear();
        });
        add(new VerticalLayout(speaker, role, words, add));
    }

    /** The quote as the body writes it: each line quoted, then the attribution line. */
    static String markdown(String words, String name, String role) {
        var quoted = words.strip().lines().map(line -> line.isBlank() ? ">" : "> " + line.strip())
                .collect(Collectors.joining("\n"));
        var attribution = "> — " + name.strip() + (role == null || role.isBlank() ? "" : ", " + role.strip());
        return quoted + "\n>\n" + attribution;
    }
}
