package org.broadsheet.people.internal;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import org.broadsheet.people.EmailAddress;
import org.broadsheet.people.SignInCredential;

/**
 * Checks an email address (or username) and password against the accounts table for Jakarta Security. The roles it returns as
 * groups are the {@link org.broadsheet.shared.Roles} that {@code @RolesAllowed} checks everywhere. Every
 * attempt passes {@link SignInThrottle} first, so the limits hold whichever way a sign-in arrives.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    Clock clock;

    /** The platform's default finds {@code validate} by the credential's exact class, which would miss subclasses. */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof UsernamePasswordCredential login ? validate(login) : NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var from = credential instanceof SignInCredential signIn ? signIn.clientAddress() : null;
        var attempt = throttle.begin(credential.getCaller(), from);
        if (attempt.refused()) {
            return INVALID_RESULT;
        }
        var result = check(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(attempt);
        } else {
            throttle.failed(attempt);
        }
        return result;
    }

    /**
     * People sign in with their email address (any case) or, as the first start's accounts always have, their
     * username. An unknown name costs one password check too, so both answers take as long.
     */
    private CredentialValidationResult check(UsernamePasswordCredential credential) {
        var name = credential.getCaller() == null ? "" : credential.getCaller().strip();
        var account = em.createQuery("select a from Account a where a.username = :name or a.emailKey = :key", Account.class)
                .setParameter("name", name)
                .setParameter("key", EmailAddress.key(name))
                .getResultStream()
                .findFirst();
        if (account.isEmpty()) {
            passwords.burnEquivalentTime(credential.getPasswordAsString());
            return INVALID_RESULT;
        }
        if (!passwords.matches(credential.getPasswordAsString(), account.get().passwordHash())) {
            return INVALID_RESULT;
        }
        // A reader who registered signs in once they have shown the address is theirs; a banned account not at all.
        if (!account.get().isConfirmed() || account.get().isBannedAt(clock.instant())) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().username(), account.get().roles());
    }
}
