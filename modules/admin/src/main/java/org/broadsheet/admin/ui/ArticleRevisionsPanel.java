package org.broadsheet.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.broadsheet.content.ArticleChangedMeanwhileException;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleRevision;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.RevisionComparison;
import org.broadsheet.content.SlugTakenException;
import org.broadsheet.content.TextDiff;
import org.broadsheet.shared.Dateline;

/**
 * An article's revision history: who saved what when, a comparison of any two revisions (words struck and
 * inserted, field by field) and a way to bring an earlier text back, which is itself a new revision. Texts are
 * shown as text: a diff of Markdown is read, never rendered.
 */
class ArticleRevisionsPanel extends VerticalLayout {

    /** The newest revisions the panel lists; older ones stay stored and can be compared by number. */
    static final int SHOWN = 50;

    private final Newsroom newsroom;
    private final Runnable changed;
    private final Consumer<String> refuse;
    private final OrderedList history = new OrderedList();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Button restore = new Button();
    private final Div comparison = new Div();
    private ArticleDraft draft;

    ArticleRevisionsPanel(Newsroom newsroom, Runnable changed, Consumer<String> refuse) {
        this.newsroom = newsroom;
        this.changed = changed;
        this.refuse = refuse;
        setPadding(false);
        addClassName("article-revisions");
        from.setLabel("Older revision");
        to.setLabel("Newer revision");
        from.setItemLabelGenerator(number -> "Revision " + number);
        to.setItemLabelGenerator(number -> "Revision " + number);
        from.addValueChangeListener(change -> restore.setText(change.getValue() == null ? "Restore"
                : "Restore revision " + change.getValue()));
        var compare = new Button("Compare", click -> compare());
        restore.addClickListener(click -> restore());
        var choice = new HorizontalLayout(from, to, compare, restore);
        choice.setAlignItems(Alignment.BASELINE);
        choice.setWrap(true);
        comparison.addClassName("revision-comparison");
        add(new H2("Revisions"), history, choice, comparison);
    }

    void show(ArticleDraft shown) {
        draft = shown;
        comparison.removeAll();
        history.removeAll();
        var revisions = newsroom.revisions(shown.id(), SHOWN);
        revisions.forEach(revision -> history.add(new ListItem(describe(revision))));
        var numbers = revisions.stream().map(ArticleRevision::number).toList();
        from.setItems(numbers);
        to.setItems(numbers);
        // Newest against the one before it: what the last save changed.
        to.setValue(numbers.isEmpty() ? null : numbers.getFirst());
        from.setValue(numbers.size() < 2 ? null : numbers.get(1));
        restore.setEnabled(numbers.size() > 1);
    }

    private static String describe(ArticleRevision revision) {
        var line = new StringBuilder("Revision " + revision.number() + ", " + Dateline.minute(revision.savedAt())
                + ", by " + revision.savedBy());
        if (revision.restoredFrom() != null) {
            line.append(": restored revision ").append(revision.restoredFrom());
        } else if (revision.changed().isEmpty()) {
            line.append(": first version");
        } else {
            line.append(": changed ").append(String.join(", ", revision.changed()));
        }
        return line.toString();
    }

    private void compare() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            render(newsroom.compare(draft.id(), from.getValue(), to.getValue()));
        } catch (ArticleStateException missing) {
            refuse.accept(missing.getMessage());
        }
    }

    private void render(RevisionComparison shown) {
        comparison.removeAll();
        comparison.add(new H3("From revision " + shown.from() + " to revision " + shown.to()));
        var any = false;
        for (var field : List.of(new Field("Headline", shown.headline()), new Field("Standfirst", shown.standfirst()),
                new Field("Slug", shown.slug()), new Field("Body", shown.body()))) {
            if (TextDiff.changed(field.pieces())) {
                any = true;
                comparison.add(new H3(field.name()), diff(field.pieces()));
            }
        }
        if (!any) {
            comparison.add(new Div("The two revisions hold the same text."));
        }
    }

    private record Field(String name, List<TextDiff.Piece> pieces) {
    }

    /** Kept text plain, removed text in {@code <del>}, added in {@code <ins>}: every piece set as text, not markup. */
    private static Div diff(List<TextDiff.Piece> pieces) {
        var shown = new Div();
        shown.addClassName("diff");
        for (var piece : pieces) {
            var tag = switch (piece.kind()) {
                case SAME -> "span";
                case REMOVED -> "del";
                case ADDED -> "ins";
            };
            var element = new Element(tag).setText(piece.text());
            element.setAttribute("title", piece.kind().name().toLowerCase(Locale.ROOT));
            shown.getElement().appendChild(element);
        }
        return shown;
    }

    private void restore() {
        if (from.getValue() == null) {
            return;
        }
        try {
            newsroom.restore(draft.id(), from.getValue(), draft.version());
        } catch (ArticleChangedMeanwhileException | ArticleStateException | SlugTakenException refused) {
            refuse.accept(refused.getMessage());
            return;
        }
        changed.run();
    }
}
