package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The admin's people view and what a role means in the back office: an admin invites a contributor, who joins by
 * the mailed link, signs in with their email address, sees only the pages a contributor may open, and can send a draft for
 * review but not publish it. The last admin cannot take away their own role.
 */
class PeopleAndRolesIT extends OnSharedServer {

    private static final String PASSWORD = "a contributor's long passphrase";

    @Test
    void an_admin_invites_a_contributor_who_joins_by_the_mailed_link_and_writes_but_cannot_publish() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var email = "Noor." + tag + "@Example.com";
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var admin = signedIn(context, "admin");
            admin.navigate(server.url("admin/people"));
            exact(admin, "Email address").fill("noor-at-example.com");
            exact(admin, "Name").fill("Noor <img src=x onerror=window.pwned=1> " + tag);
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
            assertThat(admin.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                    .setHasText("Email address: Enter an email address such as name@example.com."))).isVisible();

            exact(admin, "Email address").fill(email);
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
            assertThat(admin.getByText("Invitation sent to " + email)).isVisible();
            admin.getByLabel("Name, username or email starts with").fill("noor." + tag);
            assertThat(cells(admin).getByText(email)).isVisible();
            assertThat(cells(admin).getByText("Noor <img src=x onerror=window.pwned=1> " + tag))
                    .isVisible();
            assertThat(cells(admin).getByText("contributor", new Locator.GetByTextOptions().setExact(true))).isVisible();
            admin.evaluate("() => { if (window.pwned) throw new Error('markup in a name ran'); }");

            // The last admin cannot step down: the demo's Ada is the only one.
            admin.getByLabel("Name, username or email starts with").fill("Ada");
            cells(admin).getByText("Ada Admin").click();
            roles(admin).getByLabel("Admin: people and settings").uncheck();
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save roles")).click();
            assertThat(admin.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                    .setHasText("Roles: Choose at least one role."))).isVisible();
            roles(admin).getByLabel("Editor: publishes any, moderates").check();
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save roles")).click();
            assertThat(admin.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                    .setHasText("This is the last admin: make someone else an admin first."))).isVisible();
        });

        var invitation = mailbox().awaitMailTo(email, Readers.MAIL_PATIENCE);
        var link = Mailbox.link(invitation);
        assertTrue(link.startsWith(server.url("account/join?token=")), link);
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var contributor = context.newPage();
            contributor.navigate(link);
            contributor.getByLabel("New password").fill(PASSWORD);
            contributor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
            assertThat(contributor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Welcome: you have joined"))).isVisible();
            contributor.navigate(server.url("login"));
            contributor.getByLabel("Email or username").fill(email.toUpperCase());
            contributor.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            contributor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            contributor.waitForURL(url -> url.endsWith("/admin"));
            // The menu offers only what a contributor may open.
            assertThat(link(contributor, "Articles")).isVisible();
            assertThat(link(contributor, "Your account")).isVisible();
            for (var closed : new String[] {"Comments", "People", "Speakers", "Outbox"}) {
                assertThat(link(contributor, closed)).hasCount(0);
            }

            var headline = "A contributor's first draft " + UUID.randomUUID().toString().substring(0, 6);
            ArticleForm.write(contributor, server, headline, "Written by a contributor.", "Some words of theirs.");
            assertThat(contributor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))).isHidden();
            assertThat(contributor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule"))).isHidden();
            contributor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for review")).click();
            assertThat(contributor.getByRole(AriaRole.STATUS)).hasText("In review");

            contributor.navigate(server.url("admin/articles"));
            assertThat(cells(contributor).getByText(headline)).isVisible();
            assertThat(cells(contributor).getByText("Seoul and Tokyo")).hasCount(0);

            assertEquals(403, contributor.navigate(server.url("admin/comments")).status());
        });
    }

    /** The grid's cells: their text is the grid's light DOM, slotted into the table its shadow root holds. */
    private static Locator cells(Page page) {
        return page.locator("vaadin-grid-cell-content");
    }

    /** The roles of the account chosen in the grid (the form that opens accounts has its own). */
    private static Locator roles(Page page) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Roles").setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator exact(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
