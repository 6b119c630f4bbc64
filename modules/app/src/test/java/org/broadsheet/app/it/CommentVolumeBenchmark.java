package org.broadsheet.app.it;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.broadsheet.commenting.CommentOrder;
import org.broadsheet.commenting.CommentSettings;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.commenting.ModerationPolicy;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.commenting.QueueTab;
import org.broadsheet.content.Newsroom;
import org.broadsheet.people.Accounts;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's figures on the real server: posting comments from 16 callers at once (throughput and p99 of the
 * service), opening an article with 5,000 comments (what its first page of comments costs), and the
 * moderation queue's first page with a million comments in the database. A benchmark, not a test: it asserts
 * nothing, and its name keeps it out of the build's test runs. Run it with
 * {@code ./mvnw -pl modules/app verify -Ponly-h2 -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=CommentVolumeBenchmark} (or {@code -Ponly-postgresql}; {@code -Dcomments=1000000} sets the queue's size)
 * and read its figures in {@code modules/app/target/failsafe-reports/<cell>/*CommentVolumeBenchmark-output.txt}.
 */
class CommentVolumeBenchmark extends InContainerTest {

    private static final int QUEUE_COMMENTS = Integer.getInteger("comments", 1_000_000);
    private static final long SEEDED = 1_000_000_000_000L;

    @Inject
    Comments comments;

    @Inject
    ModerationQueue moderation;

    @Inject
    CommentSettings settings;

    @Inject
    Newsroom newsroom;

    @Inject
    Accounts accounts;

    @Inject
    CommentSeeds seeds;

    @Test
    void figures() throws Exception {
        var before = editor.call(settings::houseRules);
        try {
            editor.run(() -> settings.change(new HouseRules(ModerationPolicy.NONE, 2, List.of(), List.of())));
            posting();
        } finally {
            admin.run(() -> settings.change(before));
        }
        openingA5000CommentArticle();
        queueWithManyComments();
    }

    /** 16 callers posting as fast as they can for 20 s, after 5 s of the same uncounted. */
    private void posting() throws Exception {
        long article = Drafts.published(editor, newsroom, accounts, "Posting");
        var callers = Executors.newFixedThreadPool(16);
        try {
            run(callers, article, 5);
            var times = run(callers, article, 20);
            System.out.printf("comment posts, 16 callers, 20 s: %.0f/s, p50 %.1f ms, p99 %.1f ms (%d posts)%n",
                    times.length / 20.0, percentile(times, 50), percentile(times, 99), times.length);
        } finally {
            callers.shutdownNow();
        }
    }

    private long[] run(java.util.concurrent.ExecutorService callers, long article, int seconds) throws Exception {
        var until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var work = new ArrayList<Callable<long[]>>();
        for (int c = 0; c < 16; c++) {
            work.add(() -> {
                var mine = new ArrayList<Long>();
                while (System.nanoTime() < until) {
                    var started = System.nanoTime();
                    var from = "bench-" + UUID.randomUUID();
                    comments.post(article, new GuestComment("Bench", from + "@example.org", "A point " + from), from);
                    mine.add(System.nanoTime() - started);
                }
                return mine.stream().mapToLong(Long::longValue).toArray();
            });
        }
        return callers.invokeAll(work).stream().flatMapToLong(done -> {
            try {
                return Arrays.stream(done.get());
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        }).toArray();
    }

    private void openingA5000CommentArticle() throws Exception {
        long article = Drafts.published(editor, newsroom, accounts, "Five thousand comments");
        long first = SEEDED;
        seeds.seed(article, first, 5_000, 4, 0, 0);
        try {
            // What the article page's comments cost: the calls its shared markup makes for the first page (the
            // first response of every reader carries it, rendered once per change and shared).
            var times = new long[51];
            for (int i = 0; i < times.length; i++) {
                var started = System.nanoTime();
                comments.whoMayComment(article);
                comments.threadsOn(article, CommentOrder.OLDEST, 0, 20, 10);
                comments.picksOn(article);
                comments.countApproved(article);
                comments.countThreads(article);
                times[i] = System.nanoTime() - started;
            }
            var liked = new long[20];
            for (int i = 0; i < liked.length; i++) {
                var started = System.nanoTime();
                comments.threadsOn(article, CommentOrder.MOST_LIKED, 0, 20, 10);
                liked[i] = System.nanoTime() - started;
            }
            var shown = comments.threadsOn(article, CommentOrder.OLDEST, 0, 20, 10);
            System.out.printf("article with 5,000 comments (1,000 threads of 1 + 4): its first page (%d threads, %d"
                    + " replies) first read %.1f ms, then p50 %.1f ms p99 %.1f ms; by likes p50 %.1f ms%n",
                    shown.size(), shown.stream().mapToInt(thread -> thread.replies().size()).sum(), times[0] / 1e6,
                    percentile(Arrays.copyOfRange(times, 1, times.length), 50),
                    percentile(Arrays.copyOfRange(times, 1, times.length), 99), percentile(liked, 50));
        } finally {
            seeds.remove(first, first + 5_000);
        }
    }

    private void queueWithManyComments() throws Exception {
        long first = SEEDED + 10_000;
        var articleIds = new ArrayList<Long>();
        for (int i = 0; i < 10; i++) {
            articleIds.add(Drafts.published(editor, newsroom, accounts, "Busy " + i));
        }
        var seeding = Instant.now();
        int each = QUEUE_COMMENTS / articleIds.size();
        // In transactions of 10,000 rows: one of a million would hold them all in the database's undo log.
        for (int i = 0; i < articleIds.size(); i++) {
            for (int chunk = 0; chunk < each; chunk += 10_000) {
                seeds.seed(articleIds.get(i), first + (long) i * each + chunk, Math.min(10_000, each - chunk), 4, 0.02,
                        0.03);
            }
        }
        System.out.printf("seeded %,d comments in %d s%n", QUEUE_COMMENTS,
                java.time.Duration.between(seeding, Instant.now()).toSeconds());
        try {
            for (var tab : List.of(QueueTab.PENDING, QueueTab.SPAM, QueueTab.APPROVED)) {
                var times = new long[10];
                long count = 0;
                for (int i = 0; i < times.length; i++) {
                    var started = System.nanoTime();
                    editor.call(() -> moderation.inTab(tab, 0, 50));
                    count = editor.call(() -> moderation.count(tab));
                    times[i] = System.nanoTime() - started;
                }
                System.out.printf("queue with %,d comments, tab %s (%,d in it): first page of 50 and its count p50 %.1f ms,"
                        + " max %.1f ms%n", QUEUE_COMMENTS, tab, count, percentile(times, 50), percentile(times, 100));
            }
        } finally {
            seeds.remove(first, first + QUEUE_COMMENTS);
        }
    }

    private static double percentile(long[] nanos, int percent) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }
}
