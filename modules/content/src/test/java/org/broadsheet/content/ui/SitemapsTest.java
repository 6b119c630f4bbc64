package org.broadsheet.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitemapsTest {

    @Test
    void a_site_needs_one_sitemap_per_fifty_thousand_articles_and_always_one() {
        assertThat(Sitemaps.pages(0, Sitemaps.PER_SITEMAP)).isEqualTo(1);
        assertThat(Sitemaps.pages(45_000, Sitemaps.PER_SITEMAP)).isEqualTo(1);
        assertThat(Sitemaps.pages(45_001, Sitemaps.PER_SITEMAP)).isEqualTo(2);
        assertThat(Sitemaps.pages(135_000, Sitemaps.PER_SITEMAP)).isEqualTo(3);
    }

    @Test
    void only_a_page_that_exists_is_a_page() {
        assertThat(Sitemaps.pageNumber("2", 3)).isEqualTo(2);
        assertThat(Sitemaps.pageNumber("3", 3)).isEqualTo(3);
        for (var asked : new String[] {"0", "4", "-1", "abc", "1.5", "", "99999999999", "２"}) {
            assertThat(Sitemaps.pageNumber(asked, 3)).as(asked).isZero();
        }
    }

    @Test
    void text_in_a_sitemap_is_escaped_and_loses_what_xml_cannot_carry() {
        assertThat(Sitemaps.xml("<img src=x onerror=\"a('b')\"> & \u0007"))
                .isEqualTo("&lt;img src=x onerror=&quot;a(&apos;b&apos;)&quot;&gt; &amp; ");
    }
}
