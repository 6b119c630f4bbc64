package org.broadsheet.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.broadsheet.content.ArticleDraft;

/**
 * An article's text as one save left it. Kept apart from the article (not a collection on it) so that saving
 * never loads the history, and the history never loads bodies until two revisions are compared. Numbers are
 * unique per article, so two editors saving at once cannot both write revision 7: one save is refused.
 */
@Entity
@Table(name = "article_revision")
public class Revision {

    @Id
    @SequenceGenerator(name = "article_revision_seq", sequenceName = "article_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_revision_seq")
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private int number;

    @Column(name = "saved_at", nullable = false)
    private OffsetDateTime savedAt;

    /** The username of whoever saved it (people module), shown by display name. */
    @Column(name = "saved_by", nullable = false, length = 64)
    private String savedBy;

    @Column(nullable = false, length = ArticleDraft.MAX_HEADLINE)
    private String headline;

    @Column(nullable = false, length = 400)
    private String standfirst;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    /** What differs from the revision before, comma-separated field names; empty for the first. */
    @Column(nullable = false, length = 64)
    private String changed;

    @Column(name = "restored_from")
    private Integer restoredFrom;

    protected Revision() {
    }

    /**
     * The article's text now, numbered after {@code previous} (null for its first revision); {@code restoredFrom}
     * names the revision it brings back, if it does.
     */
    Revision(Article article, Revision previous, String savedBy, Instant now, Integer restoredFrom) {
        this.articleId = article.id();
        this.number = previous == null ? 1 : previous.number + 1;
        this.savedAt = now.atOffset(ZoneOffset.UTC);
        this.savedBy = savedBy;
        this.headline = article.headline();
        this.standfirst = article.standfirst();
        this.slug = article.slug();
        this.bodyMarkdown = article.bodyMarkdown();
        this.changed = previous == null ? "" : String.join(",", changesSince(previous));
        this.restoredFrom = restoredFrom;
    }

    /** Whether the article's text is what this revision holds: saving it again keeps no new revision. */
    boolean holds(Article article) {
        return headline.equals(article.headline()) && standfirst.equals(article.standfirst())
                && slug.equals(article.slug()) && bodyMarkdown.equals(article.bodyMarkdown());
    }

    private List<String> changesSince(Revision previous) {
        var fields = new ArrayList<String>();
        if (!Objects.equals(headline, previous.headline)) {
            fields.add("headline");
        }
        if (!Objects.equals(standfirst, previous.standfirst)) {
            fields.add("standfirst");
        }
        if (!Objects.equals(slug, previous.slug)) {
            fields.add("slug");
        }
        if (!Objects.equals(bodyMarkdown, previous.bodyMarkdown)) {
            fields.add("body");
        }
        return fields;
    }

    int number() {
        return number;
    }

    String headline() {
        return headline;
    }

    String standfirst() {
        return standfirst;
    }

    String slug() {
        return slug;
    }

    String bodyMarkdown() {
        return bodyMarkdown;
    }
}
