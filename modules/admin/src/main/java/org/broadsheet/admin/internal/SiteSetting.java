package org.broadsheet.admin.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One named setting. A key-value table, because settings are few, read rarely and added over time. */
@Entity
@Table(name = "site_setting")
public class SiteSetting {

    static final String SITE_NAME = "site.name";
    static final String READERS_MAY_REGISTER = "readers.may-register";

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 2000)
    private String value;

    protected SiteSetting() {
    }

    SiteSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String value() {
        return value;
    }

    void change(String newValue) {
        value = newValue;
    }
}
