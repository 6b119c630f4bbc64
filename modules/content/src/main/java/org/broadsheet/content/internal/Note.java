package org.broadsheet.content.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.content.EditorsNote;

/** A correction or update note on an article; see {@link EditorsNote}. Changed only through its article. */
@Entity
@Table(name = "article_note")
class Note {

    @Id
    @SequenceGenerator(name = "article_note_seq", sequenceName = "article_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_note_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EditorsNote.Kind kind;

    @Column(name = "note_text", nullable = false, length = EditorsNote.MAX_LENGTH)
    private String text;

    @Column(name = "noted_at", nullable = false)
    private OffsetDateTime notedAt;

    /** Who wrote it: the signed-in username (kept as such, so the record outlives a renamed account). */
    @Column(name = "noted_by", nullable = false, length = 80)
    private String notedBy;

    @Column(name = "amended_at")
    private OffsetDateTime amendedAt;

    @ElementCollection
    @CollectionTable(name = "article_note_amendment", joinColumns = @JoinColumn(name = "note_id"))
    @OrderBy("replacedAt")
    private List<Amendment> amendments = new ArrayList<>();

    protected Note() {
    }

    Note(EditorsNote.Kind kind, String text, String editor, Instant now) {
        this.kind = kind;
        this.text = text;
        this.notedBy = editor;
        this.notedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Replaces the wording, keeping the old one: a change to a note is itself on the record. */
    void amend(String newText, String editor, Instant now) {
        amendments.add(new Amendment(text, now.atOffset(ZoneOffset.UTC), editor));
        text = newText;
        amendedAt = now.atOffset(ZoneOffset.UTC);
    }

    Long id() {
        return id;
    }

    /** As readers see it: no earlier wordings, only that there were some. */
    EditorsNote forReaders() {
        return new EditorsNote(id, kind, text, notedAt.toInstant(), amendedAt(), List.of());
    }

    /** As editors see it, every earlier wording with the name of who replaced it (their username if unknown). */
    EditorsNote forEditors(Map<String, String> names) {
        return new EditorsNote(id, kind, text, notedAt.toInstant(), amendedAt(), amendments.stream()
                .map(change -> new EditorsNote.Amendment(change.previousText, change.replacedAt.toInstant(),
                        names.getOrDefault(change.replacedBy, change.replacedBy)))
                .toList());
    }

    List<String> amendedBy() {
        return amendments.stream().map(change -> change.replacedBy).toList();
    }

    private Instant amendedAt() {
        return amendedAt == null ? null : amendedAt.toInstant();
    }

    @Embeddable
    static class Amendment {

        @Column(name = "previous_text", nullable = false, length = EditorsNote.MAX_LENGTH)
        private String previousText;

        @Column(name = "replaced_at", nullable = false)
        private OffsetDateTime replacedAt;

        @Column(name = "replaced_by", nullable = false, length = 80)
        private String replacedBy;

        protected Amendment() {
        }

        Amendment(String previousText, OffsetDateTime replacedAt, String replacedBy) {
            this.previousText = previousText;
            this.replacedAt = replacedAt;
            this.replacedBy = replacedBy;
        }
    }
}
