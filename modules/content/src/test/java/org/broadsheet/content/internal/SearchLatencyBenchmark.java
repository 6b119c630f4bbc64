package org.broadsheet.content.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a search takes in an archive of 10,000 articles: the index the site uses, built from generated
 * articles of a realistic size (a headline, a standfirst, some 700 words), asked the kinds of query readers type.
 * A benchmark, not a test: it asserts nothing and is left out of the build ({@code benchmark} tag); run it with
 * {@code ./mvnw -pl modules/content -am test -Dexcluded.test.groups=none -Dtest=SearchLatencyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 * and read its figures in {@code modules/content/target/surefire-reports/*SearchLatencyBenchmark-output.txt}.
 * It times the index alone: the page then reads at most twenty teasers by primary key.
 */
@Tag("benchmark")
class SearchLatencyBenchmark {

    private static final int ARTICLES = Integer.getInteger("articles", 10_000);
    private static final int QUERIES = 2_000;
    private static final String[] WORDS = ("trade energy ferry harbour port grid solar price minister election "
            + "council budget strike school hospital railway bridge climate summit treaty export tariff chip "
            + "negotiator security defence alliance market bank inflation wage union court ruling appeal police "
            + "river flood drought harvest farmer museum festival theatre novel football league season coach "
            + "tokyo seoul berlin paris lisbon oslo nairobi lagos lima quito hanoi manila").split(" ");

    @Test
    void search_latency_in_an_archive_of_ten_thousand_articles() {
        var random = new Random(42);
        var index = new SearchIndex();
        index.clock = Clock.systemUTC();
        index.open();
        try {
            var started = System.nanoTime();
            index.catchUp(new SearchSource() {
                @Override
                public List<Indexed> published(long afterId, int limit) {
                    return LongStream.rangeClosed(afterId + 1, Math.min(afterId + limit, ARTICLES))
                            .mapToObj(id -> new Indexed(id, words(random, 10), words(random, 30), words(random, 700)))
                            .toList();
                }
            });
            System.out.printf(Locale.ROOT, "built an index of %,d articles in %.1f s%n", ARTICLES,
                    (System.nanoTime() - started) / 1e9);
            for (var kind : List.of("one word", "two words", "a phrase", "a word and an exclusion",
                    "operators and punctuation gone wrong")) {
                measure(index, kind, random);
            }
        } finally {
            index.close();
        }
    }

    private static void measure(SearchIndex index, String kind, Random random) {
        var timings = new ArrayList<Long>();
        for (int i = 0; i < QUERIES * 2; i++) {
            var query = switch (kind) {
                case "one word" -> word(random);
                case "two words" -> word(random) + " " + word(random);
                case "a phrase" -> "\"" + word(random) + " " + word(random) + "\"";
                case "a word and an exclusion" -> word(random) + " -" + word(random);
                default -> "((" + word(random) + " AND \"" + word(random) + " || -*";
            };
            var started = System.nanoTime();
            index.search(query, 0, 20);
            if (i >= QUERIES) { // the first half warms the JIT and the page cache
                timings.add(System.nanoTime() - started);
            }
        }
        var sorted = timings.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-40s p50 %6.2f ms · p99 %6.2f ms · max %6.2f ms (%d queries, first page of 20"
                        + " with snippets)%n", kind, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String words(Random random, int count) {
        var picked = new String[count];
        Arrays.setAll(picked, i -> word(random));
        return String.join(" ", picked);
    }
}
