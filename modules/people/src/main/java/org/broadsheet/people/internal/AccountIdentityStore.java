package org.broadsheet.people.internal;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks a username and password against the accounts table for Jakarta Security. The roles it returns as
 * groups are the {@link org.broadsheet.shared.Roles} that {@code @RolesAllowed} checks everywhere.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var account = em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", credential.getCaller())
                .getResultStream()
                .findFirst();
        if (account.isEmpty()) {
            passwords.burnEquivalentTime(credential.getPasswordAsString());
            return INVALID_RESULT;
        }
        if (!passwords.matches(credential.getPasswordAsString(), account.get().passwordHash())) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().username(), account.get().roles());
    }
}
