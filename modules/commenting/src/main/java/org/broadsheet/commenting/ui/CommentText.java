package org.broadsheet.commenting.ui;

import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A comment's text as readers see it: plain text with a tiny Markdown subset — paragraphs (a blank line), line
 * breaks, *emphasis* and **strong**, [links](https://…) and &gt; quotes. Nothing else becomes markup: headings,
 * lists, code and images stay the characters typed (or, for an image, go), HTML typed in shows as text, and the
 * result is cleaned against this list again. Links leave the site marked {@code rel="nofollow ugc"}: a commenter's
 * link earns its target nothing from search engines, so spamming links here is pointless.
 */
final class CommentText {

    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of(BlockQuote.class)).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .softbreak("<br>")
            .build();

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "em", "strong", "a", "blockquote")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow ugc noopener");

    private CommentText() {
    }

    /** The comment as safe HTML; "" for a blank one. */
    static String toHtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var output = new Document.OutputSettings().prettyPrint(false);
        // The renderer puts a newline between blocks; the page's own spacing separates them.
        var html = RENDERER.render(PARSER.parse(text)).replace(">\n<", "><");
        var clean = Jsoup.parseBodyFragment(Jsoup.clean(html, "", SAFELIST, output));
        clean.outputSettings(output);
        // A link whose address was refused (javascript:, data:) is just its words, not a dead link.
        clean.select("a:not([href])").unwrap();
        return clean.body().html().strip();
    }
}
