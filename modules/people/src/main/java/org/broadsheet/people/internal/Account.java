package org.broadsheet.people.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Author;
import org.broadsheet.people.AuthorProfile;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.Slug;

/** Someone who can sign in. Only the salted, slow hash of the password is ever stored. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    /** Where the author page is, {@code /authors/{slug}}: made from the name when the account opens, then kept. */
    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    /** Plain text the author page shows; null until the person writes one. */
    @Column(length = AuthorProfile.MAX_BIO_LENGTH)
    private String bio;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 32)
    private Set<String> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Account() {
    }

    Account(String username, String displayName, String slug, String passwordHash, Set<String> roles,
            Instant createdAt) {
        this.username = username;
        this.slug = slug;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = utc(createdAt);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<String> roles() {
        return Set.copyOf(roles);
    }

    /** Only staff have author pages: a reader's account is nobody's business but theirs. */
    boolean isStaff() {
        return roles.contains(Roles.EDITOR) || roles.contains(Roles.ADMIN);
    }

    Author author() {
        return new Author(id, displayName, isStaff() ? slug : null);
    }

    AuthorProfile profile() {
        return new AuthorProfile(author(), bio);
    }

    void describe(String newBio) {
        bio = newBio.isBlank() ? null : newBio;
    }

    AccountSummary summary() {
        return new AccountSummary(id, username, displayName, roles);
    }

    /** Stored with its offset: EclipseLink reads Instant columns back wrongly in projections. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
