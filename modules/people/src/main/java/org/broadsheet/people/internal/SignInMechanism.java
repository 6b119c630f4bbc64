package org.broadsheet.people.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.SecureCookies;

/**
 * How people sign in: the Vaadin login view at /login hands the credentials to Jakarta Security
 * ({@code SecurityContext.authenticate}), which checks them with {@link AccountIdentityStore} and keeps the
 * caller in the HTTP session ({@code @AutoApplySession}). No URL is protected by the container: views check
 * roles on navigation and services with {@code @RolesAllowed}, so the rule holds whichever way a request arrives.
 * <p>
 * Someone who ticks "Keep me signed in" also gets a cookie that signs the browser in again once the session has
 * ended ({@code @RememberMe} over {@link RememberedDevices}, which keeps only digests and replaces the secret
 * each time it is used). Signing out here forgets it.
 */
@ApplicationScoped
@AutoApplySession
@RememberMe(cookieName = SignInMechanism.REMEMBER_ME_COOKIE,
        cookieMaxAgeSeconds = SignInMechanism.REMEMBER_ME_SECONDS,
        cookieSecureOnlyExpression = "#{self.secureOnly(httpMessageContext.request)}",
        isRememberMeExpression = "#{self.remembers(httpMessageContext)}")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR, Roles.CONTRIBUTOR, Roles.READER})
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String REMEMBER_ME_COOKIE = "broadsheet-remember";

    /** As long as a remembered browser's token lives: a month since it last signed the browser in. */
    static final int REMEMBER_ME_SECONDS = 30 * 24 * 60 * 60;

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        var credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }

    /** Read by {@code @RememberMe}: whether the person asked to stay signed in when they signed in. */
    public boolean remembers(HttpMessageContext context) {
        return context.getAuthParameters() != null && context.getAuthParameters().isRememberMe();
    }

    /** Read by {@code @RememberMe}: the cookie is {@code Secure} over TLS, and whenever the site is served over HTTPS. */
    public boolean secureOnly(HttpServletRequest request) {
        return request.isSecure() || SecureCookies.wanted();
    }
}
