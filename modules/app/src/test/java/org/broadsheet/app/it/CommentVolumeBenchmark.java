package org.broadsheet.app.it;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.people.Accounts;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's figures on the real server: posting comments from 16 callers at once (throughput and p99 of the
 * service), opening an article with 5,000 comments (its first response, cold and warm, and its size), and the
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
    PublishedArticles articles;

    @Inject
    Accounts accounts;

    @Inject
    CommentSeeds seeds;

    @ArquillianResource
    URL site;

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
            var slug = articles.slugs(List.of(article)).get(article);
            var page = URI.create(site.toString()).resolve("articles/" + slug);
            var http = HttpClient.newHttpClient();
            var started = System.nanoTime();
            var cold = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            var coldMs = (System.nanoTime() - started) / 1e6;
            var warm = new long[50];
            for (int i = 0; i < warm.length; i++) {
                var again = System.nanoTime();
                http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
                warm[i] = System.nanoTime() - again;
            }
            var threads = new long[20];
            for (int i = 0; i < threads.length; i++) {
                var again = System.nanoTime();
                comments.threadsOn(article, CommentOrder.MOST_LIKED, 0, 20, 10);
                threads[i] = System.nanoTime() - again;
            }
            System.out.printf("article with 5,000 comments (1,000 threads): first response %d, %,d bytes, cold %.0f ms,"
                    + " warm p50 %.1f ms p99 %.1f ms; a page of 20 threads by likes (uncached) p50 %.1f ms%n",
                    cold.statusCode(), cold.body().length(), coldMs, percentile(warm, 50), percentile(warm, 99),
                    percentile(threads, 50));
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
        for (int i = 0; i < articleIds.size(); i++) {
            seeds.seed(articleIds.get(i), first + (long) i * each, each, 4, 0.02, 0.03);
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
