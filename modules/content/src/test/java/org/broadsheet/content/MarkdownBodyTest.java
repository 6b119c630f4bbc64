package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The body is staff-written but reader-facing: these pin the house style and that no script gets through. */
class MarkdownBodyTest {

    private static final Set<String> ALLOWED_TAGS = Set.of(
            "p", "br", "h2", "h3", "h4", "em", "strong", "a", "ul", "ol", "li", "blockquote", "figure",
            "figcaption", "cite", "code", "pre", "hr");
    private static final Map<String, Set<String>> ALLOWED_ATTRIBUTES = Map.of(
            "a", Set.of("href", "rel"), "figure", Set.of("class"));
    /** What an allowed attribute may hold: web and mail links, the house's own classes and rel. */
    private static final Map<String, Pattern> ALLOWED_VALUES = Map.of(
            "href", Pattern.compile("(https?://|mailto:|/)[^\\s\"'<>]*"),
            "rel", Pattern.compile("nofollow noopener"),
            "class", Pattern.compile("quote"));

    /** Block elements are separated by newlines, which carry no meaning; compare structure without them. */
    private static String compact(String html) {
        return html.replaceAll(">\\s+<", "><");
    }

    @Nested
    class Basics {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "\n\n\t"})
        void rendersNothingForNoBody(String markdown) {
            assertThat(MarkdownBody.toHtml(markdown)).isEmpty();
        }

        @Test
        void rendersParagraphs() {
            assertThat(compact(MarkdownBody.toHtml("First paragraph.\n\nSecond paragraph.")))
                    .isEqualTo("<p>First paragraph.</p><p>Second paragraph.</p>");
        }

        @Test
        void rendersEmphasisAndStrong() {
            assertThat(MarkdownBody.toHtml("It was *very* **important**."))
                    .isEqualTo("<p>It was <em>very</em> <strong>important</strong>.</p>");
        }

        @Test
        void keepsNonAsciiTextAsIs() {
            assertThat(MarkdownBody.toHtml("Café Société – 日本と韓国 “quoted”"))
                    .isEqualTo("<p>Café Société – 日本と韓国 “quoted”</p>");
        }

        @Test
        void escapesTextThatLooksLikeMarkup() {
            assertThat(MarkdownBody.toHtml("Tom & Jerry say 2 < 3"))
                    .isEqualTo("<p>Tom &amp; Jerry say 2 &lt; 3</p>");
        }

        @Test
        void rendersListsCodeAndRules() {
            String html = compact(MarkdownBody.toHtml("""
                    - one
                    - two

                    1. first

                    Use `git log`.

                    ```java
                    var x = 1;
                    ```

                    ---
                    """));

            assertThat(html)
                    .contains("<ul><li>one</li><li>two</li></ul>")
                    .contains("<ol><li>first</li></ol>")
                    .contains("<p>Use <code>git log</code>.</p>")
                    .contains("<pre><code>var x = 1;\n</code></pre>")
                    .contains("<hr>");
        }

        @Test
        void rendersHardLineBreaks() {
            assertThat(MarkdownBody.toHtml("Line one  \nLine two")).isEqualTo("<p>Line one<br>\nLine two</p>");
        }
    }

    @Nested
    class Headings {

        @Test
        void demotesTopLevelHeadingBecauseTheHeadlineIsThePagesH1() {
            assertThat(MarkdownBody.toHtml("# Background")).isEqualTo("<h2>Background</h2>");
        }

        @Test
        void keepsSecondToFourthLevel() {
            assertThat(compact(MarkdownBody.toHtml("## Two\n\n### Three\n\n#### Four")))
                    .isEqualTo("<h2>Two</h2><h3>Three</h3><h4>Four</h4>");
        }

        @Test
        void capsDeeperHeadingsAtFourthLevel() {
            assertThat(compact(MarkdownBody.toHtml("##### Five\n\n###### Six")))
                    .isEqualTo("<h4>Five</h4><h4>Six</h4>");
        }

        @Test
        void demotesSetextHeadingsToo() {
            assertThat(MarkdownBody.toHtml("Background\n==========")).isEqualTo("<h2>Background</h2>");
        }
    }

    @Nested
    class Links {

        @Test
        void keepsHttpsLinksAndAddsRel() {
            assertThat(MarkdownBody.toHtml("[Reuters](https://www.reuters.com/world/)"))
                    .isEqualTo("<p><a href=\"https://www.reuters.com/world/\" rel=\"nofollow noopener\">Reuters</a></p>");
        }

        @Test
        void keepsHttpAndMailtoLinks() {
            String html = MarkdownBody.toHtml("[old](http://example.org/) or [mail](mailto:desk@example.org)");

            assertThat(html)
                    .contains("<a href=\"http://example.org/\" rel=\"nofollow noopener\">old</a>")
                    .contains("<a href=\"mailto:desk@example.org\" rel=\"nofollow noopener\">mail</a>");
        }

        @Test
        void keepsSiteRelativeLinksToOtherArticles() {
            assertThat(MarkdownBody.toHtml("[earlier](/articles/g7-summit)"))
                    .contains("<a href=\"/articles/g7-summit\" rel=\"nofollow noopener\">earlier</a>");
        }

        @Test
        void addsRelToAutolinks() {
            assertThat(MarkdownBody.toHtml("<https://example.org>"))
                    .isEqualTo("<p><a href=\"https://example.org\" rel=\"nofollow noopener\">https://example.org</a></p>");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](javascript&colon;alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](vbscript:msgbox(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[click][ref]\n\n[ref]: javascript:alert(1)",
                "<javascript:alert(1)>"})
        void dropsTheTargetOfScriptLinks(String markdown) {
            String html = MarkdownBody.toHtml(markdown);

            assertThat(Jsoup.parseBodyFragment(html).select("a[href]")).isEmpty();
            assertThat(html).doesNotContainIgnoringCase("href=\"javascript")
                    .doesNotContainIgnoringCase("href=\"data")
                    .doesNotContainIgnoringCase("href=\"vbscript");
        }

        @Test
        void keepsTheLinkTextWhenDroppingTheTarget() {
            assertThat(MarkdownBody.toHtml("[click me](javascript:alert(1))")).contains(">click me</a>");
        }

        @Test
        void dropsImagesWhichTheBodyDoesNotAllow() {
            assertThat(MarkdownBody.toHtml("![chart](https://example.org/chart.png)")).doesNotContain("<img");
        }
    }

    @Nested
    class RawHtmlAndXss {

        @ParameterizedTest
        @ValueSource(strings = {
                "<script>alert(1)</script>",
                "Text <script>alert(1)</script> inline",
                "<img src=x onerror=alert(1)>",
                "Look <img src=x onerror=alert(1)> here",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](java&#x09;script:alert(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](vbscript:msgbox(1))",
                "<p onclick=\"alert(1)\">hi</p>",
                "<svg onload=alert(1)>",
                "<style>body{display:none}</style>",
                "<div>\n\n*md inside html*\n\n</div>",
                "<figure class=\"evil\" onmouseover=\"alert(1)\">x</figure>",
                "[x](https://example.org \"\\\" onmouseover=\\\"alert(1)\")",
                "> <script>alert(1)</script>\n>\n> — <img src=x onerror=alert(1)>, Hacker"})
        void neverLetsMarkupOutsideTheSafelistThrough(String markdown) {
            Element body = Jsoup.parseBodyFragment(MarkdownBody.toHtml(markdown)).body();

            for (Element element : body.getAllElements()) {
                if (element == body) {
                    continue;
                }
                assertThat(ALLOWED_TAGS).as("tag in %s", markdown).contains(element.tagName());
                for (Attribute attribute : element.attributes()) {
                    assertThat(ALLOWED_ATTRIBUTES.getOrDefault(element.tagName(), Set.of()))
                            .as("attribute on <%s> in %s", element.tagName(), markdown)
                            .contains(attribute.getKey());
                    // An allowed attribute is only safe with a safe value: href="javascript:…" runs script.
                    assertThat(attribute.getValue())
                            .as("value of %s on <%s> in %s", attribute.getKey(), element.tagName(), markdown)
                            .matches(ALLOWED_VALUES.get(attribute.getKey()));
                }
            }
        }

        @Test
        void showsRawHtmlAsTextInsteadOfRunningIt() {
            assertThat(MarkdownBody.toHtml("<script>alert(1)</script>"))
                    .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
            assertThat(MarkdownBody.toHtml("Hi <b>there</b>")).isEqualTo("<p>Hi &lt;b&gt;there&lt;/b&gt;</p>");
        }

        @Test
        void escapesMarkupInCodeBlocks() {
            assertThat(MarkdownBody.toHtml("```\n<script>alert(1)</script>\n```"))
                    .isEqualTo("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>");
        }

        @Test
        void dropsTheLanguageClassOfCodeBlocks() {
            assertThat(MarkdownBody.toHtml("```html\nx\n```")).isEqualTo("<pre><code>x\n</code></pre>");
        }
    }

    @Nested
    class Quotes {

        private static final String LEE = """
                > I believe cooperation between Korea and Japan is now more important than ever before.
                >
                > — Lee Jae Myung, President of South Korea
                """;

        @Test
        void rendersAnAttributedQuoteAsAFigure() {
            assertThat(compact(MarkdownBody.toHtml(LEE))).isEqualTo(
                    "<figure class=\"quote\"><blockquote><p>I believe cooperation between Korea and Japan is now "
                            + "more important than ever before.</p></blockquote><figcaption><cite>Lee Jae Myung</cite>"
                            + ", President of South Korea</figcaption></figure>");
        }

        @ParameterizedTest
        @ValueSource(strings = {"—", "―", "--", "---"})
        void acceptsEachDashStyle(String dash) {
            String html = compact(MarkdownBody.toHtml("> Quote.\n>\n> " + dash + " Ada Lovelace, Mathematician"));

            assertThat(html).isEqualTo("<figure class=\"quote\"><blockquote><p>Quote.</p></blockquote>"
                    + "<figcaption><cite>Ada Lovelace</cite>, Mathematician</figcaption></figure>");
        }

        @Test
        void acceptsADashWithoutSpaceAfterIt() {
            assertThat(MarkdownBody.toHtml("> Quote.\n>\n> —Ada Lovelace, Mathematician"))
                    .contains("<figcaption><cite>Ada Lovelace</cite>, Mathematician</figcaption>");
        }

        @Test
        void citesOnlyTheSpeakerWhenThereIsNoRole() {
            assertThat(MarkdownBody.toHtml("> Quote.\n>\n> — Lee Jae Myung"))
                    .contains("<figcaption><cite>Lee Jae Myung</cite></figcaption>");
        }

        @Test
        void splitsSpeakerFromRoleAtTheFirstCommaOnly() {
            assertThat(MarkdownBody.toHtml("> Quote.\n>\n> — Jane Doe, Minister of Finance, Trade, and Energy"))
                    .contains("<figcaption><cite>Jane Doe</cite>, Minister of Finance, Trade, and Energy</figcaption>");
        }

        @Test
        void escapesSpeakerAndRole() {
            String html = MarkdownBody.toHtml("> Quote.\n>\n> — <b>Eve</b>, Chief <i>&</i> \"Owner\"");

            assertThat(html).contains(
                    "<figcaption><cite>&lt;b&gt;Eve&lt;/b&gt;</cite>, Chief &lt;i&gt;&amp;&lt;/i&gt; \"Owner\"</figcaption>");
            assertThat(Jsoup.parseBodyFragment(html).select("b, i")).isEmpty();
        }

        @Test
        void usesTheTextOfFormattedAttributions() {
            assertThat(MarkdownBody.toHtml("> Quote.\n>\n> — *Lee Jae Myung*, President of [South Korea](https://x.kr)"))
                    .contains("<figcaption><cite>Lee Jae Myung</cite>, President of South Korea</figcaption>");
        }

        @Test
        void keepsEveryQuotedParagraphInsideTheBlockquote() {
            String html = compact(MarkdownBody.toHtml("> First *part*.\n>\n> Second part.\n>\n> — Ada, Writer"));

            assertThat(html).isEqualTo("<figure class=\"quote\"><blockquote><p>First <em>part</em>.</p>"
                    + "<p>Second part.</p></blockquote><figcaption><cite>Ada</cite>, Writer</figcaption></figure>");
        }

        @Test
        void findsTheAttributionWhenTheBlankLineBeforeItIsMissing() {
            String html = compact(MarkdownBody.toHtml("> One line\n> and another.\n> — Ada, Writer"));

            assertThat(html).isEqualTo("<figure class=\"quote\"><blockquote><p>One line\nand another.</p>"
                    + "</blockquote><figcaption><cite>Ada</cite>, Writer</figcaption></figure>");
        }

        @Test
        void rendersAPlainQuoteAsABlockquote() {
            assertThat(compact(MarkdownBody.toHtml("> Just words.\n>\n> More words.")))
                    .isEqualTo("<blockquote><p>Just words.</p><p>More words.</p></blockquote>");
        }

        @Test
        void attributesOnlyByTheLastParagraph() {
            String html = MarkdownBody.toHtml("> — Not an attribution, really\n>\n> The quote goes on.");

            assertThat(html).doesNotContain("<figure").doesNotContain("<cite>")
                    .contains("<p>— Not an attribution, really</p>");
        }

        @Test
        void doesNotTreatADashLineAloneAsAnAttributedQuote() {
            assertThat(compact(MarkdownBody.toHtml("> — Lee Jae Myung, President")))
                    .isEqualTo("<blockquote><p>— Lee Jae Myung, President</p></blockquote>");
        }

        @Test
        void needsASpeakerAfterTheDash() {
            assertThat(MarkdownBody.toHtml("> Quote.\n>\n> — , President")).doesNotContain("<figure");
        }

        @Test
        void doesNotTreatAHyphenOrEnDashAsTheMarker() {
            assertThat(MarkdownBody.toHtml("> Quote.\n>\n> – Ada, Writer")).doesNotContain("<figure");
        }

        @Test
        void leavesTextOutsideTheQuoteAlone() {
            String html = compact(MarkdownBody.toHtml("Before.\n\n" + LEE + "\nAfter.\n\n— not a quote, at all"));

            assertThat(html).startsWith("<p>Before.</p><figure class=\"quote\">")
                    .endsWith("</figure><p>After.</p><p>— not a quote, at all</p>");
        }

        @Test
        void attributesNestedQuotesIndependently() {
            String html = compact(MarkdownBody.toHtml("> Outer.\n>\n> > Inner.\n> >\n> > — Ada, Writer"));

            assertThat(html).isEqualTo("<blockquote><p>Outer.</p><figure class=\"quote\"><blockquote><p>Inner.</p>"
                    + "</blockquote><figcaption><cite>Ada</cite>, Writer</figcaption></figure></blockquote>");
        }
    }

    @Nested
    class PlainText {

        @Test
        void stripsMarkupAndCollapsesWhitespace() {
            String markdown = """
                    # Background

                    Some *emphasis*,   a [link](https://example.org) and `code`.
                    Next   line.
                    """;

            assertThat(MarkdownBody.toPlainText(markdown, 200))
                    .isEqualTo("Background Some emphasis, a link and code. Next line.");
        }

        @Test
        void returnsTextThatFitsUnchanged() {
            assertThat(MarkdownBody.toPlainText("Exactly twenty chars", 20)).isEqualTo("Exactly twenty chars");
        }

        @Test
        void cutsAtAWordBoundaryWithAnEllipsis() {
            String excerpt = MarkdownBody.toPlainText("The quick brown fox jumps over the lazy dog", 20);

            assertThat(excerpt).isEqualTo("The quick brown fox…").hasSizeLessThanOrEqualTo(20);
        }

        @Test
        void neverCutsInsideAWord() {
            String excerpt = MarkdownBody.toPlainText("The quick brown fox jumps over the lazy dog", 18);

            assertThat(excerpt).isEqualTo("The quick brown…");
        }

        @Test
        void dropsPunctuationDanglingBeforeTheEllipsis() {
            assertThat(MarkdownBody.toPlainText("Seoul, Tokyo — and Beijing too", 15)).isEqualTo("Seoul, Tokyo…");
            assertThat(MarkdownBody.toPlainText("Seoul, Tokyo and Beijing", 10)).isEqualTo("Seoul…");
        }

        @Test
        void cutsASingleOverlongWordWhereItMust() {
            assertThat(MarkdownBody.toPlainText("Donaudampfschifffahrtsgesellschaft", 10)).isEqualTo("Donaudamp…");
        }

        @Test
        void doesNotSplitASurrogatePair() {
            assertThat(MarkdownBody.toPlainText("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
        }

        @Test
        void decodesEntitiesBecauseTheResultIsTextNotHtml() {
            assertThat(MarkdownBody.toPlainText("Tom & Jerry <3", 100)).isEqualTo("Tom & Jerry <3");
        }

        @Test
        void includesTheAttributionOfAQuote() {
            assertThat(MarkdownBody.toPlainText("> Quote.\n>\n> — Ada, Writer", 100)).isEqualTo("Quote. Ada, Writer");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void isEmptyForNoBody(String markdown) {
            assertThat(MarkdownBody.toPlainText(markdown, 100)).isEmpty();
        }

        @Test
        void rejectsANonPositiveLimit() {
            assertThatIllegalArgumentException().isThrownBy(() -> MarkdownBody.toPlainText("text", 0));
        }
    }

    @Nested
    class QuotesAsData {

        @Test
        void attributed_quotes_are_read_with_speaker_role_and_words_and_plain_quotes_are_not() {
            var body = """
                    Intro.

                    > We will work together
                    > on supply chains.
                    >
                    > — Park Ji-won, former South Korean trade negotiator

                    > A proverb nobody said.

                    > Short and sharp.
                    > — Lee Jae Myung
                    """;

            assertThat(MarkdownBody.quotes(body)).containsExactly(
                    new MarkdownBody.Quote("We will work together on supply chains.", "Park Ji-won",
                            "former South Korean trade negotiator"),
                    new MarkdownBody.Quote("Short and sharp.", "Lee Jae Myung", ""));
            assertThat(MarkdownBody.quotes("")).isEmpty();
        }

        @Test
        void a_quoted_speaker_links_to_their_page_as_a_reading_link_not_nofollow() {
            var html = compact(MarkdownBody.toHtml("> Words.\n>\n> — Park Ji-won, negotiator",
                    name -> java.util.Optional.of("speakers/park-ji-won")));

            assertThat(html).isEqualTo("<figure class=\"quote\"><blockquote><p>Words.</p></blockquote><figcaption><cite>"
                    + "<a href=\"speakers/park-ji-won\" router-ignore>Park Ji-won</a></cite>, negotiator</figcaption></figure>");
        }

        @Test
        void a_speaker_whose_name_looks_like_markup_stays_text_in_the_link() {
            var html = MarkdownBody.toHtml("> Words.\n>\n> — <img src=x onerror=alert(1)>, spy",
                    name -> java.util.Optional.of("speakers/img-src-x"));

            var cite = Jsoup.parseBodyFragment(html).selectFirst("cite a");
            assertThat(cite.text()).isEqualTo("<img src=x onerror=alert(1)>");
            assertThat(Jsoup.parseBodyFragment(html).select("img, [onerror]")).isEmpty();
            var forged = MarkdownBody.toHtml("See [x](speakers/fake).\n\n> Words.\n>\n> — [Fake](speakers/fake), spy",
                    name -> java.util.Optional.empty());
            assertThat(forged).as("a writer's own link stays an ordinary one, and the attribution is text")
                    .contains("<a href=\"speakers/fake\" rel=\"nofollow noopener\">x</a>")
                    .contains("<cite>Fake</cite>").doesNotContain("router-ignore");
        }
    }

    @Nested
    class WordCount {

        @Test
        void words_are_what_a_reader_reads_not_markup_addresses_or_punctuation() {
            assertThat(MarkdownBody.wordCount("Don't stop — *now*, 42 times!")).isEqualTo(5);
            assertThat(MarkdownBody.wordCount("## Heading\n\nRead [the report](https://example.org/a/very/long/path).")).isEqualTo(4);
            assertThat(MarkdownBody.wordCount("> We have a deal.\n>\n> — Park Ji-won, trade negotiator")).isEqualTo(8);
            assertThat(MarkdownBody.wordCount("")).isZero();
        }

        @Test
        void reading_time_is_at_least_a_minute_at_230_words_a_minute() {
            var article = new PublishedArticle(1, "s", "h", "", java.util.List.of(), java.time.Instant.EPOCH,
                    java.time.Instant.EPOCH, "", "", new SectionRef("news", "News"), java.util.List.of(),
                    java.util.List.of(), null, 0);
            assertThat(article.readingMinutes()).isEqualTo(1);
            assertThat(withWords(article, 1150).readingMinutes()).isEqualTo(5);
            assertThat(withWords(article, 1300).readingMinutes()).isEqualTo(6);
        }

        private PublishedArticle withWords(PublishedArticle article, int words) {
            return new PublishedArticle(article.id(), article.slug(), article.headline(), article.standfirst(),
                    article.bylines(), article.publishedAt(), article.updatedAt(), article.bodyHtml(),
                    article.bodyMarkdown(), article.section(), article.topics(), article.notes(), article.hero(), words);
        }
    }
}
