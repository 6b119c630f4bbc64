package org.broadsheet.commenting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void paragraphs_line_breaks_emphasis_links_and_quotes_are_the_whole_subset() {
        assertThat(CommentText.toHtml("First *point*,\nsame paragraph.\n\nA **second** one."))
                .isEqualTo("<p>First <em>point</em>,<br>same paragraph.</p><p>A <strong>second</strong> one.</p>");
        assertThat(CommentText.toHtml("> You said this.\n\nI disagree."))
                .isEqualTo("<blockquote><p>You said this.</p></blockquote><p>I disagree.</p>");
        assertThat(CommentText.toHtml("See [the report](https://example.org/report)."))
                .isEqualTo("<p>See <a href=\"https://example.org/report\" rel=\"nofollow ugc noopener\">the report</a>.</p>");
    }

    @Test
    void headings_lists_and_code_stay_the_characters_typed_and_images_go() {
        assertThat(CommentText.toHtml("# Not a heading")).isEqualTo("<p># Not a heading</p>");
        assertThat(CommentText.toHtml("- not\n- a list")).isEqualTo("<p>- not<br>- a list</p>");
        assertThat(CommentText.toHtml("    not code")).isEqualTo("<p>not code</p>");
        assertThat(CommentText.toHtml("Look ![a picture](https://example.org/x.png) here")).doesNotContain("<img");
    }

    @Test
    void markup_typed_in_is_shown_as_text_and_only_web_links_survive() {
        var hostile = "<img src=x onerror=\"alert(1)\"> and <a href=\"javascript:alert(2)\">me</a>";
        var html = CommentText.toHtml(hostile);
        assertThat(html).doesNotContain("<img", "<a ");
        assertThat(html).contains("&lt;img src=x onerror=\"alert(1)\"&gt;");
        assertThat(CommentText.toHtml("[click](javascript:alert(1))")).isEqualTo("<p>click</p>");
        assertThat(CommentText.toHtml("[data](data:text/html,<script>alert(1)</script>)")).doesNotContain("href", "<a");
        assertThat(CommentText.toHtml("<https://example.org>"))
                .isEqualTo("<p><a href=\"https://example.org\" rel=\"nofollow ugc noopener\">https://example.org</a></p>");
        assertThat(CommentText.toHtml("   ")).isEmpty();
    }
}
