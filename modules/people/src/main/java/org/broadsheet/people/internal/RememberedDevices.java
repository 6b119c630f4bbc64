package org.broadsheet.people.internal;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.internal.AccountToken.Purpose;

/**
 * The browsers people asked to keep signed in, for Jakarta Security's {@code @RememberMe} (see
 * {@link SignInMechanism}). Each holds the secret of a {@link Purpose#REMEMBER_ME} token in a cookie; only its
 * SHA-256 is kept. A token signs its browser in once: it is used up and a new secret replaces it (sent by
 * {@link RememberedDeviceCookie}). Whichever of a cookie and its copy is used second, after the few seconds a page
 * load may share one, presents a used token (or signs out with one): that betrays the copy, and every browser the
 * account kept signed in is forgotten and every session ends, on the account's record. A copy used within those
 * seconds, or never used again by its owner, goes unnoticed; and a browser whose new cookie never arrived (the
 * connection dropped) is taken for a copy, which errs on the safe side.
 * <p>
 * A token counts for no more than a session does: signing out everywhere, a new password, a change of roles or a
 * ban ends it too, and it signs in with the roles the account has now, not those it had when it was issued.
 */
@ApplicationScoped
public class RememberedDevices implements RememberMeIdentityStore {

    /**
     * A page load sends several requests at once, each with the cookie it had: the first one to arrive uses the
     * token, and the others may still use it for this long (they sign in, but no new secret is sent).
     */
    static final Duration SAME_PAGE_LOAD = Duration.ofSeconds(10);

    /** The request attribute that hands a replacement secret to {@link RememberedDeviceCookie}. */
    static final String REPLACEMENT = RememberedDevices.class.getName() + ".replacement";

    @PersistenceContext
    EntityManager em;

    @Inject
    Tokens tokens;

    @Inject
    AccountOpening opening;

    @Inject
    SignOutTimes signOuts;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public CredentialValidationResult validate(RememberMeCredential credential) {
        var found = tokens.find(credential.getToken())
                .filter(token -> token.purpose() == Purpose.REMEMBER_ME && token.accountId() != null);
        if (found.isEmpty()) {
            return INVALID_RESULT;
        }
        var token = found.get();
        try {
            tokens.lock(token);
        } catch (EntityNotFoundException goneMeanwhile) {
            // Signed out, expired or forgotten by a request running at the same time.
            return INVALID_RESULT;
        }
        var now = clock.instant();
        var account = em.find(Account.class, token.accountId());
        if (account == null || !stillCounts(account, token, now)) {
            return INVALID_RESULT;
        }
        if (token.usedWithin(SAME_PAGE_LOAD, now)) {
            return signedIn(account, now);
        }
        if (!token.usableAt(now, Purpose.REMEMBER_ME)) {
            if (token.usedWithin(Purpose.REMEMBER_ME.lifetime, now)) {
                forgetCopied(account, now);
            }
            return INVALID_RESULT;
        }
        token.use(now);
        var replacement = AccountToken.issue(account.id(), Purpose.REMEMBER_ME, now);
        em.persist(replacement.token());
        request.setAttribute(REPLACEMENT, replacement.secret());
        return signedIn(account, now);
    }

    /** Whether the account still signs in, and nothing that ends sessions happened since the token was issued. */
    private static boolean stillCounts(Account account, AccountToken token, Instant now) {
        return account.isConfirmed() && new SignOutTimes.Answer(account.openedAt(), account.signedOutAt(),
                account.isBannedAt(now), now).admits(token.createdAt());
    }

    /**
     * A token used once already, by another request than this page load's: someone has a copy of the cookie.
     * Which of the two is the owner cannot be told, so neither goes on: no browser stays remembered, and every
     * session ends (the copy's too).
     */
    private void forgetCopied(Account account, Instant now) {
        tokens.forget(account.id(), Purpose.REMEMBER_ME);
        account.endSessions(now);
        signOuts.forgetOnCommit(account.username());
        em.persist(new AuditEntry(now, "(system)", account.id(), "kept signed in on no device",
                "a cookie that keeps a browser signed in was used twice, so it had been copied"));
    }

    /**
     * The session this request starts is signed in from now (sessions older than a sign-out go no further), under a
     * new id, so an id planted in the browser before is worth nothing.
     */
    private CredentialValidationResult signedIn(Account account, Instant now) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(Accounts.SIGNED_IN_AT, now);
        return new CredentialValidationResult(account.username(), account.roles());
    }

    @Override
    @Transactional
    public String generateLoginToken(CallerPrincipal caller, Set<String> groups) {
        var account = opening.byUsername(caller.getName())
                .orElseThrow(() -> new IllegalStateException("Signed in without an account: " + caller.getName()));
        var issued = AccountToken.issue(account.id(), Purpose.REMEMBER_ME, clock.instant());
        em.persist(issued.token());
        return issued.secret();
    }

    @Override
    @Transactional
    public void removeLoginToken(String secret) {
        // Signing out with a secret used long ago: someone else went on with its successor, so it is a copy's too.
        var now = clock.instant();
        var copied = tokens.find(secret).filter(token -> token.purpose() == Purpose.REMEMBER_ME
                && token.accountId() != null && !token.usableAt(now, Purpose.REMEMBER_ME)
                && !token.usedWithin(SAME_PAGE_LOAD, now) && token.usedWithin(Purpose.REMEMBER_ME.lifetime, now));
        var account = copied.map(token -> em.find(Account.class, token.accountId()));
        if (account.isPresent() && account.get() != null) {
            forgetCopied(account.get(), now);
        }
        tokens.forget(secret);
    }
}
