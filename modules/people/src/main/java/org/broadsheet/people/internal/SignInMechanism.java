package org.broadsheet.people.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.broadsheet.shared.Roles;

/**
 * Declares how people sign in: the Vaadin login view at /login hands the credentials to Jakarta Security
 * ({@code SecurityContext.authenticate}), which checks them with {@link AccountIdentityStore} and keeps the
 * caller in the HTTP session. No URL is protected by the container: views check roles on navigation and
 * services with {@code @RolesAllowed}, so the rule holds whichever way a request arrives.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR, Roles.CONTRIBUTOR, Roles.READER})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
class SignInMechanism {
}
