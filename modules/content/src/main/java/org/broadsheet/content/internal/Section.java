package org.broadsheet.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.broadsheet.content.SectionRef;

/**
 * One of the newsroom's departments (News, Analysis, Opinion...). There are few and they rarely change, so they
 * are set by a migration rather than typed by editors, which keeps the masthead free of typos.
 */
@Entity
@Table(name = "section")
public class Section {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 80)
    private String name;

    /** Where the masthead lists it, first to last. */
    @Column(nullable = false)
    private int position;

    protected Section() {
    }

    /** Sections come from the migration; this is for tests of the rules that involve one. */
    Section(long id, String slug, String name, int position) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.position = position;
    }

    String slug() {
        return slug;
    }

    SectionRef ref() {
        return new SectionRef(slug, name);
    }
}
