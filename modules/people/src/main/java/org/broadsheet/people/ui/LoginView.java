package org.broadsheet.people.ui;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.Registrations;
import org.broadsheet.people.SignInCredential;
import org.broadsheet.people.SignInLocks;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.Roles;

/**
 * Signing in, for staff and readers alike. The Vaadin login form hands the credentials to Jakarta Security; on success the caller
 * goes where they were heading (only ever a path inside this site) or, for staff, to the back office.
 * After too many failures it says how long to wait, for any username alike ({@link SignInLocks}).
 */
@Dependent
@Route(LoginView.ROUTE)
@PageTitle("Sign in")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "login";
    static final String CONTINUE = "continue";

    private final SecurityContext security;
    private final SignInLocks locks;
    private final ClientAddresses addresses;
    private final LoginForm form = new LoginForm();
    private final Checkbox keepSignedIn = new Checkbox("Keep me signed in on this device");
    private String continueTo = "";

    @Inject
    public LoginView(SecurityContext security, SignInLocks locks, ClientAddresses addresses, Registrations registrations) {
        this.security = security;
        this.locks = locks;
        this.addresses = addresses;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        form.setI18n(wording());
        form.addForgotPasswordListener(forgot -> UI.getCurrent().navigate(ForgotPasswordView.class));
        form.addLoginListener(login -> signIn(login.getUsername(), login.getPassword()));
        keepSignedIn.setHelperText("For a month, unless you sign out. Not on a computer others use.");
        add(form, keepSignedIn);
        if (registrations.isOpen()) {
            add(new Paragraph(new Anchor("register", "New here? Create an account")));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        continueTo = event.getLocation().getQueryParameters().getSingleParameter(CONTINUE)
                .filter(LoginView::isPathInsideSite)
                .orElse("");
    }

    private void signIn(String username, String password) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        var from = addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        var status = security.authenticate(request, response, withParams()
                .credential(new SignInCredential(username, password, from))
                .rememberMe(keepSignedIn.getValue())
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            form.setI18n(locks.lockedFor(username, from).map(LoginView::lockedOut).orElseGet(LoginView::wording));
            form.setError(true);
            return;
        }
        // A new session id after sign-in, so an id planted before it is worth nothing (session fixation).
        request.changeSessionId();
        // When it signed in: a session from before the person signs out everywhere (or is banned) goes no further.
        request.getSession().setAttribute(Accounts.SIGNED_IN_AT, Instant.now());
        UI.getCurrent().navigate(destinationFor(Roles.STAFF.stream().anyMatch(request::isUserInRole)));
    }

    /** Says how long to wait, and nothing about whether the username belongs to anyone. */
    static LoginI18n lockedOut(Duration remaining) {
        var i18n = wording();
        i18n.getErrorMessage().setTitle("Too many failed sign-ins");
        i18n.getErrorMessage().setMessage("Signing in is paused for a while after repeated failures. Try again in "
                + minutes(remaining) + ".");
        return i18n;
    }

    /** Readers know their email address; the first start's accounts also answer to their usernames. */
    static LoginI18n wording() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setUsername("Email or username");
        return i18n;
    }

    private static String minutes(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    private String destinationFor(boolean staff) {
        if (!continueTo.isEmpty()) {
            return continueTo;
        }
        return staff ? "admin" : "";
    }

    /** Only relative paths of this site: never another host, never a scheme. */
    static boolean isPathInsideSite(String path) {
        return path.matches("[A-Za-z0-9/_-]*") && !path.startsWith("/") && !path.contains("//");
    }
}
