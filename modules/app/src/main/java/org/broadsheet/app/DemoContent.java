package org.broadsheet.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.broadsheet.admin.SiteSettings;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.Slug;
import org.broadsheet.content.TopicRef;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.NewAccount;
import org.broadsheet.shared.Roles;
import org.eclipse.microprofile.config.Config;

/**
 * Fills an empty database on first start so the site has something to show: its name, an admin, an editor
 * and a reader account, three published articles with topics, and a few approved comments. It runs in one
 * transaction, as the admin role, through the same services people use, so the demo obeys every rule.
 * A database that has any account is never seeded again.
 *
 * <p>Passwords come from BROADSHEET_ADMIN_PASSWORD, BROADSHEET_EDITOR_PASSWORD and BROADSHEET_READER_PASSWORD;
 * each one not set is generated and printed once, here, and never again: only its hash is stored.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    static final List<String> ARTICLES =
            List.of("/demo/3-electric-ferries.md", "/demo/2-grid-sunshine.md", "/demo/1-seoul-tokyo-thaw.md");

    @Inject
    Config config;

    @Inject
    StartupState startup;

    @Inject
    Accounts accounts;

    @Inject
    SiteSettings settings;

    @Inject
    Newsroom newsroom;

    @Inject
    Comments comments;

    @Inject
    ModerationQueue moderation;

    @PostConstruct
    void seedFirstStart() {
        if (!accounts.anyExist()) {
            seed();
        }
        startup.finished();
    }

    private void seed() {
        settings.rename(config.getOptionalValue("broadsheet.site.name", String.class).orElse("The Broadsheet"));
        openAccount("admin", "Ada Admin", Roles.ADMIN, "broadsheet.admin.password");
        var editor = openAccount("editor", "Elena Marsh", Roles.EDITOR, "broadsheet.editor.password");
        openAccount("reader", "Rui Reader", Roles.READER, "broadsheet.reader.password");
        var ids = ARTICLES.stream().map(resource -> publish(DemoArticle.read(resource), editor)).toList();
        var seoulTokyo = ids.get(2);
        approve(seoulTokyo, new GuestComment("Min-jun", "minjun@example.org",
                "Good summary. The chip-materials dispute was the real turning point, and it barely gets mentioned any more."));
        approve(seoulTokyo, new GuestComment("Claire T.", "claire@example.org",
                "I would like to see a follow-up on what the new defence channel actually does."));
        approve(ids.get(1), new GuestComment("Jonas", "jonas@example.org",
                "Negative prices on a sunny Sunday still surprise people here. Thanks for explaining the evening ramp."));
        LOG.info("First start: demo content created (3 articles, 3 comments, accounts admin, editor, reader).");
    }

    private long openAccount(String username, String displayName, String role, String passwordKey) {
        var chosen = config.getOptionalValue(passwordKey, String.class).filter(p -> !p.isBlank());
        var password = chosen.orElseGet(DemoContent::generatedPassword);
        var id = accounts.open(new NewAccount(username, displayName, password, Set.of(role)));
        if (chosen.isEmpty()) {
            // Printed this once so the operator can sign in; it is never stored or shown again.
            LOG.warning(() -> "Demo account '" + username + "' created with the generated password: " + password
                    + "  (set " + passwordKey.toUpperCase().replace('.', '_') + " to choose it)");
        } else {
            LOG.info(() -> "Demo account '" + username + "' created with the password from " + passwordKey);
        }
        return id;
    }

    private long publish(DemoArticle article, long authorId) {
        var topics = article.topics().stream().map(newsroom::addTopic).map(TopicRef::slug).collect(Collectors.toSet());
        var id = newsroom.save(new ArticleDraft(null, 0, article.headline(), article.standfirst(),
                Slug.from(article.headline()).value(), article.body(), topics, authorId, ArticleStatus.DRAFT));
        newsroom.publish(id);
        return id;
    }

    private void approve(long articleId, GuestComment comment) {
        // Each demo reader posts from an address of their own, so however low the per-address limit, seeding passes.
        moderation.approve(comments.post(articleId, comment, "demo reader " + comment.name()));
    }

    private static String generatedPassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
