package org.broadsheet.app.it;

import static org.broadsheet.app.it.Drafts.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.broadsheet.admin.SiteSettings;
import org.broadsheet.commenting.Decision;
import org.broadsheet.commenting.QueueTab;
import org.broadsheet.commenting.ArticleDiscussion;
import org.broadsheet.commenting.CommentOrder;
import org.broadsheet.commenting.CommentReport;
import org.broadsheet.commenting.CommentSettings;
import org.broadsheet.commenting.ReportReason;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.commenting.ModerationPolicy;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.EditorsNote;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.Newsroom;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.Invitation;
import org.broadsheet.people.MailChoices;
import org.broadsheet.people.NewAccount;
import org.broadsheet.people.NewReader;
import org.broadsheet.people.Outbox;
import org.broadsheet.people.Registrations;
import org.broadsheet.people.RequestOrigin;
import org.broadsheet.people.Restriction;
import org.broadsheet.shared.Roles;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every service against every role, on the real server: who the container (or the service's
 * own rule) lets through, and who gets {@link EJBAccessException}. The arguments are chosen so that a call let
 * through fails harmlessly afterwards (an unknown id, a blank field) and changes nothing. A second table does the
 * same on a real article nobody calling has written, where contributors and authors are refused by the
 * newsroom's rule rather than by their role. A service operation added without a row here fails the test.
 */
class RoleMatrixIT extends InContainerTest {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> CALLERS = List.of(ANONYMOUS, Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR,
            Roles.EDITOR, Roles.ADMIN);
    private static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    private static final Set<String> SIGNED_IN = Set.copyOf(Roles.ALL);
    private static final Set<String> NOBODY = Set.of();
    private static final Set<String> STAFF = Roles.STAFF;
    private static final Set<String> EDITORS = Roles.EDITORS;
    private static final Set<String> ADMIN = Set.of(Roles.ADMIN);

    @Inject
    Accounts accounts;

    @Inject
    Registrations registrations;

    @Inject
    Outbox outbox;

    @Inject
    Newsroom newsroom;

    @Inject
    ImageLibrary pictures;

    @Inject
    ModerationQueue moderation;

    @Inject
    Comments comments;

    @Inject
    SiteSettings settings;

    @Inject
    CommentSettings commentSettings;

    private final Map<String, Row> rows = new LinkedHashMap<>();

    private record Row(Set<String> allowed, Callable<?> call) {
    }

    private void row(String operation, Set<String> allowed, Callable<?> call) {
        rows.put(operation, new Row(allowed, call));
    }

    @Test
    void each_role_reaches_exactly_the_operations_it_should() throws Exception {
        var invalidDraft = new ArticleDraft(null, 0, "", "", "", "", Set.of(), null, ArticleStatus.DRAFT);
        row("Accounts.open(NewAccount)", ADMIN,
                () -> accounts.open(new NewAccount("x", "not an address", "", "short", Set.of())));
        row("Accounts.list(String,int,int)", ADMIN, () -> accounts.list("nobody-has-this-name", 0, 1));
        row("Accounts.count(String)", ADMIN, () -> accounts.count("nobody-has-this-name"));
        row("Accounts.changeRoles(long,Set)", ADMIN, () -> {
            accounts.changeRoles(-1, Set.of(Roles.READER));
            return null;
        });
        row("Accounts.byUsername(String)", EVERYONE, () -> accounts.byUsername("nobody"));
        row("Accounts.authors(Collection)", EVERYONE, () -> accounts.authors(List.of(-1L)));
        row("Accounts.staff(int)", STAFF, () -> accounts.staff(1));
        row("Accounts.author(String)", EVERYONE, () -> accounts.author("nobody"));
        // Someone else's bio: only an admin may write it (and finds no such account).
        row("Accounts.describe(long,String)", ADMIN, () -> {
            accounts.describe(-1, "");
            return null;
        });
        row("Accounts.yourProfile()", EVERYONE, accounts::yourProfile);
        row("Accounts.you()", EVERYONE, accounts::you);
        row("Accounts.restrict(long,Kind,String,Instant)", ADMIN, () -> {
            accounts.restrict(-1, Restriction.Kind.SUSPENDED, "x", null);
            return null;
        });
        row("Accounts.lift(long,String)", ADMIN, () -> {
            accounts.lift(-1, "x");
            return null;
        });
        row("Accounts.withdrawComments(long,String)", ADMIN, () -> {
            accounts.withdrawComments(-1, "x");
            return null;
        });
        row("Accounts.record(long,int)", ADMIN, () -> accounts.record(-1, 1));
        row("Accounts.sessionMayContinue(String,Instant)", EVERYONE,
                () -> accounts.sessionMayContinue("nobody", Instant.now()));
        row("Accounts.signOutEverywhere()", EVERYONE, () -> {
            accounts.signOutEverywhere();
            return null;
        });
        row("Accounts.rename(String)", SIGNED_IN, () -> {
            accounts.rename("");
            return null;
        });
        row("Accounts.changePassword(String,String)", SIGNED_IN, () -> {
            accounts.changePassword("", "short");
            return null;
        });
        row("Accounts.changeEmail(String,String,RequestOrigin)", SIGNED_IN, () -> {
            accounts.changeEmail("not an address", "", new RequestOrigin("role-matrix", "http://127.0.0.1/"));
            return null;
        });
        row("Accounts.stopMail(String)", EVERYONE, () -> accounts.stopMail("no-such-link"));
        // About the caller's own account: these callers have a role but no account, so the rule refuses them all.
        row("Accounts.yourData()", NOBODY, accounts::yourData);
        row("Accounts.yourMailChoices()", NOBODY, accounts::yourMailChoices);
        row("Accounts.chooseMail(MailChoices)", NOBODY, () -> {
            accounts.chooseMail(MailChoices.NONE);
            return null;
        });
        row("Accounts.erase(String)", NOBODY, () -> {
            accounts.erase("");
            return null;
        });

        var origin = new RequestOrigin("role-matrix", "http://127.0.0.1/");
        row("Registrations.isOpen()", EVERYONE, registrations::isOpen);
        row("Registrations.register(NewReader,RequestOrigin)", EVERYONE, () -> {
            registrations.register(new NewReader("", "", ""), origin);
            return null;
        });
        row("Registrations.confirm(String)", EVERYONE, () -> {
            registrations.confirm("no-such-link");
            return null;
        });
        row("Registrations.requestPasswordReset(String,RequestOrigin)", EVERYONE, () -> {
            registrations.requestPasswordReset("nobody-has-this@example.com", origin);
            return null;
        });
        row("Registrations.resetPassword(String,String)", EVERYONE, () -> {
            registrations.resetPassword("no-such-link", "four unrelated words here");
            return null;
        });
        row("Registrations.invite(Invitation,RequestOrigin)", ADMIN, () -> {
            registrations.invite(new Invitation("", "", Set.of()), origin);
            return null;
        });
        row("Registrations.join(String,String)", EVERYONE, () -> {
            registrations.join("no-such-link", "four unrelated words here");
            return null;
        });
        row("Outbox.newest(int,int)", ADMIN, () -> outbox.newest(0, 1));
        row("Outbox.count()", ADMIN, outbox::count);
        row("Accounts.anyExist()", EVERYONE, accounts::anyExist);

        row("ImageLibrary.upload(byte[])", STAFF, () -> pictures.upload(new byte[0]));
        row("ImageLibrary.portray(long,Long)", ADMIN, () -> {
            pictures.portray(-1, null);
            return null;
        });
        row("ImageLibrary.portrait(long)", EVERYONE, () -> pictures.portrait(-1));
        // The test's callers have roles but no account: refused only for want of a role.
        row("ImageLibrary.portrayYourself(byte[])", SIGNED_IN, () -> pictures.portrayYourself(new byte[0]));
        row("ImageLibrary.removeYourPortrait()", SIGNED_IN, () -> {
            pictures.removeYourPortrait();
            return null;
        });
        row("ImageLibrary.yourPortrait()", EVERYONE, pictures::yourPortrait);
        row("ImageLibrary.portraits(Collection)", EVERYONE, () -> pictures.portraits(List.of(-1L)));
        row("ImageLibrary.rendition(long,int)", EVERYONE, () -> pictures.rendition(-1, 480));

        row("Newsroom.open(long)", STAFF, () -> newsroom.open(-1));
        row("Newsroom.rights(Long)", STAFF, () -> newsroom.rights(null));
        row("Newsroom.save(ArticleDraft)", STAFF, () -> newsroom.save(invalidDraft));
        row("Newsroom.publish(long)", STAFF, () -> {
            newsroom.publish(-1);
            return null;
        });
        row("Newsroom.publish(ArticleDraft)", STAFF, () -> newsroom.publish(invalidDraft));
        row("Newsroom.unpublish(long)", STAFF, () -> {
            newsroom.unpublish(-1);
            return null;
        });
        row("Newsroom.submitForReview(ArticleDraft)", STAFF, () -> newsroom.submitForReview(invalidDraft));
        row("Newsroom.schedule(ArticleDraft,Instant)", STAFF, () -> newsroom.schedule(invalidDraft, Instant.now()));
        row("Newsroom.returnToDraft(long)", STAFF, () -> {
            newsroom.returnToDraft(-1);
            return null;
        });
        row("Newsroom.addNote(long,Kind,String)", STAFF, () -> newsroom.addNote(-1, EditorsNote.Kind.CORRECTION, "x"));
        row("Newsroom.amendNote(long,long,String)", STAFF, () -> {
            newsroom.amendNote(-1, -1, "x");
            return null;
        });
        row("Newsroom.notes(long)", STAFF, () -> newsroom.notes(-1));
        row("Newsroom.articles(int,int,List)", STAFF, () -> newsroom.articles(0, 1, List.of()));
        row("Newsroom.countArticles()", STAFF, newsroom::countArticles);
        row("Newsroom.revisions(long,int)", STAFF, () -> newsroom.revisions(-1, 1));
        row("Newsroom.compare(long,int,int)", STAFF, () -> newsroom.compare(-1, 1, 2));
        row("Newsroom.restore(long,int,long)", STAFF, () -> newsroom.restore(-1, 1, 0));
        row("Newsroom.topics()", STAFF, newsroom::topics);
        row("Newsroom.speakers(String,int,int)", STAFF, () -> newsroom.speakers("nobody-quoted", 0, 1));
        row("Newsroom.describeSpeaker(String,String,String)", EDITORS,
                () -> newsroom.describeSpeaker("nobody-quoted", "x", ""));
        row("Newsroom.addTopic(String)", STAFF, () -> newsroom.addTopic(""));

        row("ModerationQueue.inTab(QueueTab,int,int)", EDITORS, () -> moderation.inTab(QueueTab.PENDING, 0, 1));
        row("ModerationQueue.count(QueueTab)", EDITORS, () -> moderation.count(QueueTab.PENDING));
        row("ModerationQueue.historyOf(long,int)", EDITORS, () -> moderation.historyOf(-1, 1));
        row("ModerationQueue.beside(QueueTab,long,boolean)", EDITORS, () -> moderation.beside(QueueTab.PENDING, -1, true));
        row("ModerationQueue.markSpam(long)", EDITORS, () -> {
            moderation.markSpam(-1);
            return null;
        });
        // Nothing to decide: no such comment, and nothing waiting since before the epoch.
        row("ModerationQueue.decideAll(List,Decision)", EDITORS, () -> moderation.decideAll(List.of(-1L), Decision.REJECT));
        row("ModerationQueue.decideAllPending(Decision,Instant,Long)", EDITORS,
                () -> moderation.decideAllPending(Decision.REJECT, Instant.EPOCH, null));
        row("ModerationQueue.approve(long)", EDITORS, () -> {
            moderation.approve(-1);
            return null;
        });
        row("ModerationQueue.reject(long)", EDITORS, () -> {
            moderation.reject(-1);
            return null;
        });
        row("ModerationQueue.keep(long)", EDITORS, () -> {
            moderation.keep(-1);
            return null;
        });
        row("ModerationQueue.remove(long)", EDITORS, () -> {
            moderation.remove(-1);
            return null;
        });
        row("ModerationQueue.pick(long,boolean)", EDITORS, () -> {
            moderation.pick(-1, true);
            return null;
        });

        row("Comments.post(long,GuestComment,String)", EVERYONE,
                () -> comments.post(-1, new GuestComment("", "", ""), "192.0.2.1"));
        row("Comments.approvedOn(long,int,int)", EVERYONE, () -> comments.approvedOn(-1, 0, 1));
        row("Comments.countApproved(long)", EVERYONE, () -> comments.countApproved(-1));
        row("Comments.reply(long,GuestComment,String)", EVERYONE,
                () -> comments.reply(-1, new GuestComment("", "", ""), "192.0.2.1"));
        row("Comments.whoMayComment(long)", EVERYONE, () -> comments.whoMayComment(-1));
        row("Comments.threadsOn(long,CommentOrder,int,int,int)", EVERYONE,
                () -> comments.threadsOn(-1, CommentOrder.OLDEST, 0, 1, 1));
        row("Comments.countThreads(long)", EVERYONE, () -> comments.countThreads(-1));
        row("Comments.repliesIn(long,long,int,int)", EVERYONE, () -> comments.repliesIn(-1, -1, 0, 1));
        row("Comments.repliesCount(long)", EVERYONE, () -> comments.repliesCount(-1));
        row("Comments.picksOn(long)", EVERYONE, () -> comments.picksOn(-1));
        row("Comments.shown(long)", EVERYONE, () -> comments.shown(-1));
        row("Comments.report(long,CommentReport,String)", EVERYONE,
                () -> comments.report(-1, new CommentReport(ReportReason.SPAM, ""), "192.0.2.1"));
        row("Comments.yourPartIn(long)", EVERYONE, () -> comments.yourPartIn(-1));
        // What only an account can do: like once, change or delete its own comment.
        row("Comments.like(long)", SIGNED_IN, () -> comments.like(-1));
        row("Comments.edit(long,String)", SIGNED_IN, () -> comments.edit(-1, "x"));
        row("Comments.delete(long)", SIGNED_IN, () -> {
            comments.delete(-1);
            return null;
        });
        row("Comments.yourText(long)", SIGNED_IN, () -> comments.yourText(-1));

        row("SiteSettings.siteName()", EVERYONE, settings::siteName);
        row("SiteSettings.readersMayRegister()", EVERYONE, settings::readersMayRegister);
        row("SiteSettings.letReadersRegister(boolean)", ADMIN, () -> {
            settings.letReadersRegister(true);
            return null;
        });
        // Invalid rules: refused after the role check, so nothing changes for anyone.
        row("CommentSettings.houseRules()", EDITORS, commentSettings::houseRules);
        row("CommentSettings.change(HouseRules)", EDITORS, () -> {
            commentSettings.change(new HouseRules(ModerationPolicy.NONE, -1, List.of(), List.of()));
            return null;
        });
        row("CommentSettings.discussionOf(long)", EDITORS, () -> commentSettings.discussionOf(-1));
        row("CommentSettings.change(long,ArticleDiscussion)", EDITORS, () -> {
            commentSettings.change(-1, ArticleDiscussion.AS_THE_SITE);
            return null;
        });
        row("SiteSettings.rename(String)", ADMIN, () -> {
            settings.rename("");
            return null;
        });

        assertEquals(operationsOf(Accounts.class, Registrations.class, Outbox.class, ImageLibrary.class, Newsroom.class, ModerationQueue.class,
                Comments.class, SiteSettings.class, CommentSettings.class), new TreeSet<>(rows.keySet()),
                "every operation has a row");
        assertEquals(expected(), outcomes());
    }

    @Test
    void on_an_article_nobody_calling_wrote_only_editors_are_let_through() throws Exception {
        var leadAuthor = accounts.byUsername("editor").orElseThrow().id();
        long id = editor.call(() -> newsroom.save(draft(leadAuthor, "Someone else's draft", "Not yours.")));
        var current = editor.call(() -> newsroom.open(id));
        var stale = new ArticleDraft(id, current.version() - 1, current.headline(), current.standfirst(),
                current.slug(), current.body(), current.topicSlugs(), current.authorId(), current.status());
        row("open", EDITORS, () -> newsroom.open(id));
        row("save (a stale version, so nothing is written)", EDITORS, () -> newsroom.save(stale));
        row("submitForReview (stale)", EDITORS, () -> newsroom.submitForReview(stale));
        row("schedule (stale)", EDITORS, () -> newsroom.schedule(stale, Instant.now().plusSeconds(3_600)));
        row("unpublish (a draft: refused as a step)", EDITORS, () -> {
            newsroom.unpublish(id);
            return null;
        });
        row("returnToDraft (already one)", EDITORS, () -> {
            newsroom.returnToDraft(id);
            return null;
        });
        row("addNote (a draft has none)", EDITORS, () -> newsroom.addNote(id, EditorsNote.Kind.UPDATE, "x"));
        row("notes", EDITORS, () -> newsroom.notes(id));
        row("revisions", EDITORS, () -> newsroom.revisions(id, 5));
        row("compare", EDITORS, () -> newsroom.compare(id, 1, 1));

        assertEquals(expected(), outcomes());
        assertEquals(current.version(), editor.call(() -> newsroom.open(id)).version(), "nothing was written");
    }

    /** Who each operation lets through, as the rows say. */
    private Map<String, Set<String>> expected() {
        return rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                row -> new TreeSet<>(row.getValue().allowed()), (a, b) -> a, LinkedHashMap::new));
    }

    /** Who each operation let through, calling it once as each caller. */
    private Map<String, Set<String>> outcomes() throws Exception {
        var outcomes = new LinkedHashMap<String, Set<String>>();
        for (var row : rows.entrySet()) {
            var through = new TreeSet<String>();
            for (var caller : CALLERS) {
                if (!refused(caller, row.getValue().call())) {
                    through.add(caller);
                }
            }
            outcomes.put(row.getKey(), through);
        }
        return outcomes;
    }

    private boolean refused(String caller, Callable<?> call) throws Exception {
        try {
            switch (caller) {
                case ANONYMOUS -> call.call();
                case Roles.READER -> reader.call(call);
                case Roles.CONTRIBUTOR -> contributor.call(call);
                case Roles.AUTHOR -> author.call(call);
                case Roles.EDITOR -> editor.call(call);
                default -> admin.call(call);
            }
            return false;
        } catch (Exception failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Set<String> operationsOf(Class<?>... services) {
        var operations = new TreeSet<String>();
        for (var service : services) {
            for (Method method : service.getDeclaredMethods()) {
                if (!method.isSynthetic() && !Modifier.isStatic(method.getModifiers())) {
                    operations.add(service.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(
                            method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")");
                }
            }
        }
        return operations;
    }

    /** The reading service is open to anyone by design: nothing in it may ask for a role. */
    @Test
    void the_reading_service_asks_no_one_for_a_role() throws Exception {
        var implementation = Class.forName("org.broadsheet.content.internal.DefaultPublishedArticles");
        var asking = Arrays.stream(implementation.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(RolesAllowed.class))
                .map(Method::getName)
                .toList();

        assertEquals(List.of(), asking);
        assertTrue(implementation.isAnnotationPresent(PermitAll.class));
    }
}
