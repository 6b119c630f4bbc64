package org.broadsheet.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The photograph on a staff member's author page (people module, by account id): one per author, replaced whole. */
@Entity
@Table(name = "author_portrait")
public class Portrait {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "image_id", nullable = false)
    private StoredPicture picture;

    protected Portrait() {
    }

    Portrait(long accountId, StoredPicture picture) {
        this.accountId = accountId;
        this.picture = picture;
    }

    void show(StoredPicture replacement) {
        picture = replacement;
    }

    Long accountId() {
        return accountId;
    }

    StoredPicture picture() {
        return picture;
    }
}
