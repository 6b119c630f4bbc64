package org.broadsheet.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.broadsheet.content.TopicRef;

/** A subject the newsroom files articles under, e.g. "East Asia". */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 80)
    private String name;

    protected Topic() {
    }

    Topic(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    String slug() {
        return slug;
    }

    TopicRef ref() {
        return new TopicRef(slug, name);
    }
}
