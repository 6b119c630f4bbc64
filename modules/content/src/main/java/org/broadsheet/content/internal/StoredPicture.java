package org.broadsheet.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.broadsheet.content.Picture;

/**
 * An uploaded picture: what it is and who brought it. Its files, one per width, are {@link PictureFile}s, read
 * only when a reader's browser asks for one; never changed once stored.
 */
@Entity
@Table(name = "image")
public class StoredPicture {

    @Id
    @SequenceGenerator(name = "image_seq", sequenceName = "image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "image_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Picture.Format format;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected StoredPicture() {
    }

    StoredPicture(Renditions.Result upload, String uploadedBy, Instant now) {
        this.format = upload.format();
        this.width = upload.width();
        this.height = upload.height();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now.atOffset(ZoneOffset.UTC);
    }

    Instant uploadedAt() {
        return uploadedAt.toInstant();
    }

    Picture picture() {
        return new Picture(id, width, height, format);
    }
}
