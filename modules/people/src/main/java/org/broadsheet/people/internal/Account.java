package org.broadsheet.people.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.people.AccountErased;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Author;
import org.broadsheet.people.AuthorProfile;
import org.broadsheet.people.EmailAddress;
import org.broadsheet.people.MailChoices;
import org.broadsheet.people.Restriction;
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

    /** As the person wrote it; null only for accounts opened before addresses were kept. */
    @Column(length = EmailAddress.MAX_LENGTH)
    private String email;

    /** The address in the one form two spellings share ({@link EmailAddress#key}): what uniqueness is about. */
    @Column(name = "email_key", unique = true, length = EmailAddress.MAX_LENGTH)
    private String emailKey;

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

    /** Sessions that signed in before this go no further (sign out everywhere, a new password, a ban). */
    @Column(name = "signed_out_at")
    private OffsetDateTime signedOutAt;

    @Column(name = "mail_replies", nullable = false)
    private boolean mailReplies;

    @Column(name = "mail_moderation_digest", nullable = false)
    private boolean mailModerationDigest;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Restriction.Kind restriction;

    @Column(name = "restriction_reason", length = Restriction.MAX_REASON)
    private String restrictionReason;

    @Column(name = "restricted_until")
    private OffsetDateTime restrictedUntil;

    /** When the person proved the address is theirs; null until then, and an unconfirmed account cannot sign in. */
    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    protected Account() {
    }

    Account(String username, String email, String displayName, String slug, String passwordHash, Set<String> roles,
            Instant createdAt, boolean confirmed) {
        this.username = username;
        this.email = email.strip();
        this.emailKey = EmailAddress.key(email);
        this.slug = slug;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = utc(createdAt);
        this.verifiedAt = confirmed ? this.createdAt : null;
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
        return roles.stream().anyMatch(Roles.STAFF::contains);
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

    AccountSummary summary(Instant now) {
        return new AccountSummary(id, username, displayName, roles, email, createdAt.toInstant(),
                restrictionAt(now).orElse(null));
    }

    /** The suspension or ban in force at {@code now}, if any. */
    Optional<Restriction> restrictionAt(Instant now) {
        if (restriction == null) {
            return Optional.empty();
        }
        var current = new Restriction(restriction, restrictionReason,
                restrictedUntil == null ? null : restrictedUntil.toInstant());
        return current.holdsAt(now) ? Optional.of(current) : Optional.empty();
    }

    void restrict(Restriction.Kind kind, String reason, Instant until) {
        restriction = kind;
        restrictionReason = reason;
        restrictedUntil = until == null ? null : utc(until);
    }

    void lift() {
        restriction = null;
        restrictionReason = null;
        restrictedUntil = null;
    }

    void endSessions(Instant now) {
        signedOutAt = utc(now);
    }

    void changeEmail(String newEmail) {
        email = newEmail.strip();
        emailKey = EmailAddress.key(newEmail);
    }

    MailChoices mailChoices() {
        return new MailChoices(mailReplies, mailModerationDigest);
    }

    /** A digest of the moderation queue goes only to those who moderate. */
    void chooseMail(MailChoices choices) {
        mailReplies = choices.replies();
        mailModerationDigest = choices.moderationDigest() && roles.stream().anyMatch(Roles.EDITORS::contains);
    }

    void rename(String newName) {
        displayName = newName;
    }

    /**
     * What deleting an account leaves: a row that bylines and comments can still point at, with nothing of the
     * person in it (their username and address were made from their email, so they go too).
     */
    void erase(String unusableHash, Instant now) {
        displayName = AccountErased.SHOWN_AS;
        email = null;
        emailKey = null;
        username = "deleted-" + id;
        slug = "deleted-" + id;
        bio = null;
        passwordHash = unusableHash;
        roles.clear();
        verifiedAt = null;
        lift();
        mailReplies = false;
        mailModerationDigest = false;
        endSessions(now);
    }

    /** The account as its owner downloads it. */
    Map<String, Object> asPersonalData() {
        var data = new LinkedHashMap<String, Object>();
        data.put("name", displayName);
        data.put("email", email);
        data.put("roles", Roles.ALL.stream().filter(roles::contains).toList());
        data.put("openedAt", createdAt.toInstant().toString());
        data.put("addressConfirmedAt", verifiedAt == null ? null : verifiedAt.toInstant().toString());
        data.put("bio", bio);
        data.put("mailReplies", mailReplies);
        data.put("mailModerationDigest", mailModerationDigest);
        return data;
    }

    boolean isBannedAt(Instant now) {
        return restrictionAt(now).filter(held -> held.kind() == Restriction.Kind.BANNED).isPresent();
    }

    Instant openedAt() {
        return createdAt.toInstant();
    }

    Instant signedOutAt() {
        return signedOutAt == null ? null : signedOutAt.toInstant();
    }

    void moveAuthorPage(String newSlug) {
        slug = newSlug;
    }

    void changeRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    boolean isConfirmed() {
        return verifiedAt != null;
    }

    void confirm(Instant now) {
        if (verifiedAt == null) {
            verifiedAt = utc(now);
        }
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    /** Stored with its offset: EclipseLink reads Instant columns back wrongly in projections. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
