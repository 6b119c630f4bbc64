package org.broadsheet.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonInHtmlTest {

    // Vaadin's JSON library, only to read back what is written.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String HOSTILE = "<!--<script> </script><img src=x onerror=alert(1)> \"quoted\" & 'single'";

    @Test
    void markup_characters_become_json_escapes() {
        assertThat(JsonInHtml.escape("{\"headline\":\"a</script><!--<b>&amp;\"}"))
                .isEqualTo("{\"headline\":\"a\\u003c/script\\u003e\\u003c!--\\u003cb\\u003e\\u0026amp;\"}")
                .doesNotContain("<", ">", "&");
    }

    @Test
    void the_json_means_the_same_after_escaping() {
        var json = JSON.createObjectNode().put("headline", HOSTILE).toString();

        var read = JSON.readTree(JsonInHtml.escape(json));

        assertThat(read.get("headline").asString()).isEqualTo(HOSTILE);
    }

    @Test
    void an_html5_parser_keeps_the_json_in_its_script_and_the_page_after_it() {
        var json = JSON.createObjectNode().put("headline", HOSTILE).toString();
        var html = "<!doctype html><html><head><script type=\"application/ld+json\">" + JsonInHtml.escape(json)
                + "</script></head><body><p id=\"after\">The rest of the page</p></body></html>";

        var document = Jsoup.parse(html);

        assertThat(document.select("script")).hasSize(1);
        assertThat(document.select("img")).isEmpty();
        assertThat(document.getElementById("after")).isNotNull();
        var data = JSON.readTree(document.selectFirst("script").data());
        assertThat(data.get("headline").asString()).isEqualTo(HOSTILE);
    }
}
