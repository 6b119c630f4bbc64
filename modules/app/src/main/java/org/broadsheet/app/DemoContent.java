package org.broadsheet.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.broadsheet.admin.SiteSettings;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Hero;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.Newsroom;
import org.broadsheet.shared.Slug;
import org.broadsheet.content.TopicRef;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.NewAccount;
import org.broadsheet.shared.Roles;
import org.eclipse.microprofile.config.Config;

/**
 * Fills an empty database on first start so the site has something to show: its name, an admin, an editor
 * and a reader account, three published articles with topics, and a few approved comments. It runs in one
 * transaction, as the admin role, through the same services people use, so the demo obeys every rule.
 * A database that has any account is never seeded again. Only the embedded H2 database is seeded unless
 * configuration asks ({@link DemoContentChoice}): an empty production database gets no accounts nobody chose.
 *
 * <p>Passwords come from BROADSHEET_ADMIN_PASSWORD, BROADSHEET_EDITOR_PASSWORD and BROADSHEET_READER_PASSWORD;
 * each one not set is generated and written to a file only its owner can read ({@link DemoPasswords}), never
 * to the log: only its hash is stored.
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
    ImageLibrary pictures;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

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
            var choice = DemoContentChoice.of(config.getOptionalValue(DemoContentChoice.KEY, String.class).orElse("auto"));
            var database = database();
            if (choice.createsDemoOn(database.product())) {
                seed(database);
            } else {
                LOG.warning(() -> "The database (" + database.product() + ") has no accounts, and no demo content or"
                        + " accounts were created: " + DemoContentChoice.KEY + " is " + choice.name().toLowerCase()
                        + " (auto creates them on the embedded H2 database only). Set BROADSHEET_DEMO_CONTENT=true"
                        + " for one start to create them.");
            }
        }
        startup.finished();
    }

    private void seed(Database database) {
        settings.rename(config.getOptionalValue("broadsheet.site.name", String.class).orElse("The Broadsheet"));
        var passwords = new LinkedHashMap<String, String>();
        var generated = new LinkedHashMap<String, String>();
        for (var username : List.of("admin", "editor", "reader")) {
            var chosen = config.getOptionalValue(passwordKey(username), String.class).filter(p -> !p.isBlank());
            passwords.put(username, chosen.orElseGet(DemoContent::generatedPassword));
            if (chosen.isEmpty()) {
                generated.put(username, passwords.get(username));
            }
        }
        // Written before any account exists: if it cannot be, the seeding rolls back rather than lock everyone out.
        var passwordsFile = generated.isEmpty() ? null : writeDown(generated, database);
        openAccount("admin", "Ada Admin", Roles.ADMIN, passwords);
        var editor = openAccount("editor", "Elena Marsh", Roles.EDITOR, passwords);
        accounts.describe(editor, "Elena Marsh covers East Asia, energy and the cities of Europe. She was a "
                + "correspondent in Seoul and Tokyo before joining the desk.");
        openAccount("reader", "Rui Reader", Roles.READER, passwords);
        var ids = ARTICLES.stream().map(resource -> publish(DemoArticle.read(resource), editor)).toList();
        var ferries = newsroom.open(ids.get(0));
        newsroom.save(ferries.withHero(new Hero(pictures.upload(DemoPicture.ferryAtTheQuay()), DemoPicture.ALT,
                DemoPicture.CAPTION, DemoPicture.CREDIT)));
        var seoulTokyo = ids.get(2);
        approve(seoulTokyo, new GuestComment("Min-jun", "minjun@example.org",
                "Good summary. The chip-materials dispute was the real turning point, and it barely gets mentioned any more."));
        approve(seoulTokyo, new GuestComment("Claire T.", "claire@example.org",
                "I would like to see a follow-up on what the new defence channel actually does."));
        approve(ids.get(1), new GuestComment("Jonas", "jonas@example.org",
                "Negative prices on a sunny Sunday still surprise people here. Thanks for explaining the evening ramp."));
        LOG.info("First start: demo content created (3 articles, 3 comments, accounts admin, editor, reader).");
        if (passwordsFile != null) {
            LOG.warning(() -> "Generated passwords of the demo accounts " + String.join(", ", generated.keySet())
                    + " are in " + passwordsFile + " (readable by its owner only; delete it once noted). Set "
                    + generated.keySet().stream().map(u -> passwordKey(u).toUpperCase().replace('.', '_'))
                            .collect(Collectors.joining(", ")) + " to choose them instead.");
        }
    }

    private long openAccount(String username, String displayName, String role, Map<String, String> passwords) {
        return accounts.open(new NewAccount(username, username + "@broadsheet.example", displayName, passwords.get(username), Set.of(role)));
    }

    private static String passwordKey(String username) {
        return "broadsheet." + username + ".password";
    }

    private Path writeDown(Map<String, String> generated, Database database) {
        try {
            var file = DemoPasswords.file(config.getOptionalValue(DemoPasswords.FILE_KEY, String.class), database.url());
            DemoPasswords.write(file, generated);
            return file;
        } catch (IOException unwritable) {
            throw new IllegalStateException("Could not write the demo accounts' generated passwords (" + unwritable
                    + "). Set BROADSHEET_ADMIN_PASSWORD, BROADSHEET_EDITOR_PASSWORD and BROADSHEET_READER_PASSWORD, or "
                    + DemoPasswords.FILE_KEY + " to a file the server may write.", unwritable);
        }
    }

    private Database database() {
        try (var connection = dataSource.getConnection()) {
            var metadata = connection.getMetaData();
            return new Database(metadata.getDatabaseProductName(), metadata.getURL());
        } catch (SQLException unavailable) {
            throw new IllegalStateException("Could not ask the database what it is", unavailable);
        }
    }

    private record Database(String product, String url) {
    }

    private long publish(DemoArticle article, long authorId) {
        var topics = article.topics().stream().map(newsroom::addTopic).map(TopicRef::slug).collect(Collectors.toSet());
        var id = newsroom.save(new ArticleDraft(null, 0, article.headline(), article.standfirst(),
                Slug.from(article.headline()).value(), article.body(), topics, authorId, ArticleStatus.DRAFT)
                .inSection(article.section()));
        newsroom.publish(id);
        return id;
    }

    private void approve(long articleId, GuestComment comment) {
        // Each demo reader posts from an address of their own, so however low the per-address limit, seeding passes.
        moderation.approve(comments.post(articleId, comment, "demo reader " + comment.name()).id());
    }

    private static String generatedPassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
