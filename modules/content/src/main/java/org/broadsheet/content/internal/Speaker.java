package org.broadsheet.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.content.SpeakerProfile;
import org.broadsheet.shared.Slug;

/**
 * Someone articles quote: a record of its own, not an account. Known by name, whatever its case or spacing, as a
 * topic is; {@code description} says who they are now, while each quote keeps the role they had when they said it.
 */
@Entity
@Table(name = "speaker")
public class Speaker {

    @Id
    @SequenceGenerator(name = "speaker_seq", sequenceName = "speaker_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "speaker_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = MarkdownBody.Quote.MAX_SPEAKER)
    private String name;

    @Column(name = "name_key", nullable = false, unique = true, length = 480)
    private String nameKey;

    @Column(nullable = false, length = MarkdownBody.Quote.MAX_ROLE)
    private String description;

    @Column(length = 500)
    private String link;

    /** Whether an editor wrote the description: readers are then told it, rather than the newest published role. */
    @Column(name = "described_by_editor", nullable = false)
    private boolean describedByEditor;

    protected Speaker() {
    }

    /** A speaker first quoted in {@code role}: that is who they are, until an editor says otherwise. */
    Speaker(String slug, String name, String role) {
        this.slug = slug;
        this.name = Topic.displayName(name);
        this.nameKey = Topic.key(name);
        this.description = role;
    }

    String slug() {
        return slug;
    }

    /** As the newsroom knows them (editors are offered this). */
    SpeakerProfile profile() {
        return profile(description);
    }

    /**
     * As readers are told: the description an editor wrote, or else {@code newestPublishedRole}, the one they may
     * already know (never what a draft, perhaps under embargo, called them).
     */
    SpeakerProfile profile(String newestPublishedRole) {
        return new SpeakerProfile(slug, name, describedByEditor ? description : newestPublishedRole, link);
    }

    /** An editor says who they are now, and where to read more about them (null: nowhere). */
    void describe(String newDescription, String newLink) {
        description = newDescription.strip();
        link = newLink == null || newLink.isBlank() ? null : newLink.strip();
        describedByEditor = true;
    }
}
