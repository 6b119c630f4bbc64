package org.broadsheet.content;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Turns an article body into the HTML readers get. Staff write bodies in Markdown, and whatever they type or
 * paste (an embed code, a link from a dubious source) must never reach a reader as script: so raw HTML in the
 * Markdown is shown as text, and the rendered HTML is then cleaned against a small list of tags and link
 * protocols as a second, independent line of defence.
 *
 * <p>It also carries two newsroom conventions: a {@code #} heading becomes an {@code h2} (the page's only
 * {@code h1} is the headline), and a block quote whose last paragraph starts with a dash ("— Name, Role") is
 * an attributed quote, rendered as a {@code figure} with the speaker in a {@code cite}.
 */
public final class MarkdownBody {

    private static final Parser PARSER = Parser.builder().build();

    /** An attributed quote of a body, as plain text: what was said, by whom, in what role then ("" for none). */
    public record Quote(String text, String speaker, String role) {

        public static final int MAX_TEXT = 4_000;
        public static final int MAX_SPEAKER = 120;
        public static final int MAX_ROLE = 200;
    }

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "em", "strong", "a", "ul", "ol", "li", "blockquote",
                    "figure", "figcaption", "cite", "code", "pre", "hr")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addAttributes("figure", "class")
            .preserveRelativeLinks(true);
    /**
     * Only used to decide what a relative link ({@code /articles/x}) would be; it is kept as written. A link
     * that resolves to anything but http(s) against it, such as {@code javascript:}, loses its href.
     */
    private static final String SITE = "https://broadsheet.invalid/";
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,;:–—-]+$");
    private static final Pattern SPEAKER_LINK = Pattern.compile("(<cite><a href=\"speakers/[^\"]*\") rel=\"nofollow noopener\">");

    private MarkdownBody() {
    }

    /** The body as safe HTML for the article page; "" for a null or blank body. */
    public static String toHtml(String markdown) {
        return toHtml(markdown, speaker -> Optional.empty());
    }

    /**
     * The body as safe HTML, each attributed quote's speaker linked to the address {@code speakerPage} gives for
     * their name (a reading page of the site, e.g. {@code speakers/park-ji-won}), or not linked when it gives none.
     */
    public static String toHtml(String markdown, Function<String, Optional<String>> speakerPage) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new NewsroomConventions());
        var renderer = HtmlRenderer.builder()
                .escapeHtml(true) // HTML typed into the body shows as text: the body speaks Markdown only
                .nodeRendererFactory(context -> new QuoteRenderer(context, speakerPage))
                .build();
        var output = new Document.OutputSettings().prettyPrint(false);
        var clean = Jsoup.clean(renderer.render(document), SITE, SAFELIST, output).strip();
        // The site's own speaker pages are reading links (a whole page load) and not "nofollow": search engines
        // should find them. Only the renderer writes links inside a cite (writers cannot write HTML), always as
        // href then the enforced rel.
        return SPEAKER_LINK.matcher(clean).replaceAll("$1 router-ignore>");
    }

    /** The attributed quotes of a body, in order; plain quotes (no "— Name" line) are not among them. */
    public static List<Quote> quotes(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        Node document = PARSER.parse(markdown);
        document.accept(new NewsroomConventions());
        var found = new ArrayList<Quote>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                var attribution = Attribution.of(quote);
                if (attribution != null) {
                    var said = new ArrayList<String>();
                    for (Node child = quote.getFirstChild(); child != attribution.source(); child = child.getNext()) {
                        if (child instanceof Paragraph paragraph) {
                            said.add(Attribution.plainText(paragraph).strip());
                        }
                    }
                    var text = cut(String.join("\n\n", said).strip(), Quote.MAX_TEXT);
                    // A quote of only a list or code has no words a speaker's page could show.
                    if (!text.isEmpty()) {
                        found.add(new Quote(text, cut(attribution.speaker(), Quote.MAX_SPEAKER),
                                cut(attribution.role(), Quote.MAX_ROLE)));
                    }
                }
                visitChildren(quote);
            }
        });
        return List.copyOf(found);
    }

    /** At most {@code max} characters, never half a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }

    /**
     * The body as one line of plain text for meta descriptions and teasers, at most {@code maxChars} long,
     * cut after a whole word and ended with "…" (counted in {@code maxChars}) when it is longer. The result is
     * not HTML: the page that shows it must escape it.
     */
    /**
     * How many words a reader reads in the body: the words the word breaker finds that hold a letter or a digit
     * (so "don't" is one word, and punctuation, markup and link addresses are none).
     */
    public static int wordCount(String markdown) {
        var text = Jsoup.parseBodyFragment(toHtml(markdown)).text();
        var words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int count = 0;
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (hasLetterOrDigit(text, start, end)) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        return text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    public static String toPlainText(String markdown, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, got " + maxChars);
        }
        String text = Jsoup.parseBodyFragment(toHtml(markdown)).text();
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - 1; // room for the ellipsis
        int lastSpace = text.lastIndexOf(' ', end);
        if (lastSpace > 0) {
            end = lastSpace;
        } else if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return TRAILING_SEPARATORS.matcher(text.substring(0, end)).replaceAll("") + "…";
    }

    /** Applied to the parsed tree before rendering, so the renderer only sees the house style. */
    private static final class NewsroomConventions extends AbstractVisitor {

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.clamp(heading.getLevel(), 2, 4));
            visitChildren(heading);
        }

        /**
         * Writers often forget the blank "&gt;" line before the attribution; then the dash line is the last
         * line of the quote's last paragraph, and it is split off into a paragraph of its own.
         */
        @Override
        public void visit(BlockQuote quote) {
            if (quote.getLastChild() instanceof Paragraph last) {
                Node lastBreak = last.getLastChild();
                while (lastBreak != null && !(lastBreak instanceof SoftLineBreak)) {
                    lastBreak = lastBreak.getPrevious();
                }
                if (lastBreak != null && lastBreak.getNext() instanceof Text text
                        && Attribution.startsWithDash(text.getLiteral())) {
                    var attribution = new Paragraph();
                    for (Node node = lastBreak.getNext(); node != null; ) {
                        Node next = node.getNext();
                        attribution.appendChild(node);
                        node = next;
                    }
                    lastBreak.unlink();
                    last.insertAfter(attribution);
                }
            }
            visitChildren(quote);
        }
    }

    /** "— Lee Jae Myung, President of South Korea": who said the quote, and optionally in what role. */
    private record Attribution(Paragraph source, String speaker, String role) {

        private static final Pattern DASH_LINE = Pattern.compile("^(?:—|―|--)[—―-]*\\s*(.*)$", Pattern.DOTALL);

        static boolean startsWithDash(String text) {
            return text.startsWith("—") || text.startsWith("―") || text.startsWith("--");
        }

        /** The quote's attribution, or null when it is a plain quote (or nothing but a dash line). */
        static Attribution of(BlockQuote quote) {
            if (!(quote.getLastChild() instanceof Paragraph last) || last == quote.getFirstChild()) {
                return null;
            }
            var matcher = DASH_LINE.matcher(plainText(last));
            if (!matcher.matches()) {
                return null;
            }
            String line = matcher.group(1);
            int comma = line.indexOf(',');
            String speaker = (comma < 0 ? line : line.substring(0, comma)).strip();
            String role = comma < 0 ? "" : line.substring(comma + 1).strip();
            return speaker.isEmpty() ? null : new Attribution(last, speaker, role);
        }

        /** The paragraph's text with its formatting dropped; raw HTML stays as literal text. */
        private static String plainText(Paragraph paragraph) {
            var text = new StringBuilder();
            paragraph.accept(new AbstractVisitor() {
                @Override
                public void visit(Text node) {
                    text.append(node.getLiteral());
                }

                @Override
                public void visit(Code node) {
                    text.append(node.getLiteral());
                }

                @Override
                public void visit(HtmlInline node) {
                    text.append(node.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak node) {
                    text.append(' ');
                }

                @Override
                public void visit(HardLineBreak node) {
                    text.append(' ');
                }
            });
            return text.toString().replaceAll("\\s+", " ");
        }
    }

    /** Renders every block quote, so an attributed one can become a figure with a caption. */
    private record QuoteRenderer(HtmlNodeRendererContext context, Function<String, Optional<String>> speakerPage)
            implements NodeRenderer {

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(BlockQuote.class);
        }

        @Override
        public void render(Node node) {
            var quote = (BlockQuote) node;
            var attribution = Attribution.of(quote);
            var html = context.getWriter();
            html.line();
            if (attribution != null) {
                html.tag("figure", Map.of("class", "quote"));
            }
            html.tag("blockquote");
            html.line();
            for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                if (attribution == null || child != attribution.source()) {
                    context.render(child);
                }
            }
            html.line();
            html.tag("/blockquote");
            if (attribution != null) {
                html.tag("figcaption");
                html.tag("cite");
                // Looked up by the name as quotes() keeps it.
                var page = speakerPage.apply(cut(attribution.speaker(), Quote.MAX_SPEAKER));
                if (page.isPresent()) {
                    html.tag("a", Map.of("href", page.get()));
                    html.text(attribution.speaker());
                    html.tag("/a");
                } else {
                    html.text(attribution.speaker());
                }
                html.tag("/cite");
                if (!attribution.role().isEmpty()) {
                    html.text(", " + attribution.role());
                }
                html.tag("/figcaption");
                html.tag("/figure");
            }
            html.line();
        }
    }
}
