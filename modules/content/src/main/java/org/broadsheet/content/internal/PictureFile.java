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

/**
 * One width of a picture, encoded and ready to send. Kept in the database beside the articles, so every server
 * instance has every picture and a backup of the database is a backup of the site.
 */
@Entity
@Table(name = "image_file")
public class PictureFile {

    @Id
    @SequenceGenerator(name = "image_file_seq", sequenceName = "image_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "image_file_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "image_id", nullable = false)
    private StoredPicture picture;

    @Column(nullable = false)
    private int width;

    @Column(name = "file_bytes", nullable = false)
    private byte[] bytes;

    protected PictureFile() {
    }

    PictureFile(StoredPicture picture, int width, byte[] bytes) {
        this.picture = picture;
        this.width = width;
        this.bytes = bytes;
    }
}
