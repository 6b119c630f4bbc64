package org.broadsheet.commenting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the house rules for comments, by name, as text (a word list is one word a line). */
@Entity
@Table(name = "comment_setting")
public class CommentSetting {

    @Id
    @Column(length = 40)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 50_000)
    private String value;

    protected CommentSetting() {
    }

    CommentSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String name() {
        return name;
    }

    String value() {
        return value;
    }

    void change(String newValue) {
        value = newValue;
    }
}
