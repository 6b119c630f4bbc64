package org.broadsheet.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.broadsheet.content.MarkdownBody;

/**
 * One attributed quote of an article's body, kept as data so a speaker's page can list what they said across
 * articles. The body stays the source: an article's quotes are rewritten from it on every save.
 */
@Entity
@Table(name = "quote")
public class Quote {

    @Id
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "speaker_id", nullable = false)
    private Speaker speaker;

    /** Its place in the article, first to last. */
    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MarkdownBody.Quote.MAX_TEXT)
    private String text;

    /** The speaker's role when they said it ("former South Korean trade negotiator"); "" when not given. */
    @Column(nullable = false, length = MarkdownBody.Quote.MAX_ROLE)
    private String role;

    protected Quote() {
    }

    Quote(long articleId, Speaker speaker, int position, MarkdownBody.Quote quote) {
        this.articleId = articleId;
        this.speaker = speaker;
        this.position = position;
        this.text = quote.text();
        this.role = quote.role();
    }
}
