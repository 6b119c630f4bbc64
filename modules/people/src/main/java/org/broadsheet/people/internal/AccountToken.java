package org.broadsheet.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import org.broadsheet.people.EmailAddress;

/**
 * A link sent by mail that lets its holder do one thing to one account, once, for a while: confirm the address
 * or set a new password. The link carries a 256-bit random secret that nobody can guess or forge; only its
 * SHA-256 digest is stored, so reading the database (a backup, say) yields no working link.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    enum Purpose {
        /** Proves a reader owns the address they registered with. */
        CONFIRM_EMAIL(Duration.ofDays(2)),
        /** Lets someone who forgot their password choose a new one: short-lived, as it opens the account. */
        RESET_PASSWORD(Duration.ofHours(1)),
        /** Proves a signed-in person owns the new address they asked to use instead of their old one. */
        CHANGE_EMAIL(Duration.ofDays(2)),
        /** Lets someone an admin invited choose their password and so join: a week, for a busy new colleague. */
        INVITATION(Duration.ofDays(7)),
        /**
         * Keeps one browser signed in after its session ends ("keep me signed in"): replaced by a new secret each
         * time it signs the browser in, so of a cookie and its copy the second one used betrays them.
         */
        REMEMBER_ME(Duration.ofSeconds(SignInMechanism.REMEMBER_ME_SECONDS)),
        /**
         * Stops mail about replies (the link in each such mail, and its one-click address). Never used up: a mail
         * program may send the one click twice, and stopping twice changes nothing.
         */
        STOP_REPLIES(Duration.ofDays(60)),
        /** Stops the moderation digest, as {@link #STOP_REPLIES} stops mail about replies. */
        STOP_DIGEST(Duration.ofDays(60));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        /**
         * Every purpose that opens the account or changes it: withdrawn when the password changes. A stop link opens
         * nothing, and mail already delivered must still be stoppable (RFC 8058).
         */
        static Purpose[] openingTheAccount() {
            return java.util.Arrays.stream(values()).filter(purpose -> purpose != STOP_REPLIES && purpose != STOP_DIGEST)
                    .toArray(Purpose[]::new);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    /** Null for a registration's link: its account is opened when it is followed. */
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "new_email", length = EmailAddress.MAX_LENGTH)
    private String newEmail;

    @Column(name = "pending_name", length = 120)
    private String pendingName;

    @Column(name = "pending_password_hash", length = 512)
    private String pendingPasswordHash;

    protected AccountToken() {
    }

    private AccountToken(Long accountId, Purpose purpose, String digest, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.digest = digest;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = now.plus(purpose.lifetime).atOffset(ZoneOffset.UTC);
    }

    /** A new token and the secret its link carries; the secret is never stored and cannot be asked for again. */
    record Issued(AccountToken token, String secret) {
    }

    static Issued issue(Long accountId, Purpose purpose, Instant now) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(accountId, purpose, digestOf(secret), now), secret);
    }

    /** A link to confirm {@code newEmail} as the account's address. */
    static Issued changeOfAddress(long accountId, String newEmail, Instant now) {
        var issued = issue(accountId, Purpose.CHANGE_EMAIL, now);
        issued.token().newEmail = newEmail;
        return issued;
    }

    /** A registration's link: the address, name and password hash the account will be opened with. */
    static Issued registration(String email, String name, String passwordHash, Instant now) {
        var issued = issue(null, Purpose.CONFIRM_EMAIL, now);
        issued.token().newEmail = email;
        issued.token().pendingName = name;
        issued.token().pendingPasswordHash = passwordHash;
        return issued;
    }

    /** A registration's link: it names no account yet, and carries the address and the password it chose. */
    boolean isRegistration() {
        return accountId == null && purpose == Purpose.CONFIRM_EMAIL && pendingPasswordHash != null;
    }

    String pendingName() {
        return pendingName;
    }

    String pendingPasswordHash() {
        return pendingPasswordHash;
    }

    String newEmail() {
        return newEmail;
    }

    Purpose purpose() {
        return purpose;
    }

    static String digestOf(String secret) {
        try {
            var sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }

    boolean usableAt(Instant now, Purpose expected) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt.toInstant());
    }

    /** Used, but so recently that a second request of the same page load may still carry it. */
    boolean usedWithin(Duration grace, Instant now) {
        return usedAt != null && !usedAt.toInstant().plus(grace).isBefore(now);
    }

    Instant createdAt() {
        return createdAt.toInstant();
    }

    void use(Instant now) {
        usedAt = now.atOffset(ZoneOffset.UTC);
    }

    Long accountId() {
        return accountId;
    }
}
