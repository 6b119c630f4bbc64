package org.broadsheet.people.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The platform's PBKDF2 with the strength OWASP recommends for it (HMAC-SHA512, 210,000 iterations, 32-byte
 * salt), configured once so that hashing when an account is opened and checking at sign-in cannot drift.
 */
@ApplicationScoped
class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Hash of a throwaway password, checked when a username is unknown so both answers take as long. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("decoy-password-for-timing".toCharArray());
    }

    String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real check, for a username that does not exist. */
    void burnEquivalentTime(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
