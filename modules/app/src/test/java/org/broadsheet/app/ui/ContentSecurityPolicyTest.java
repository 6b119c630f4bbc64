package org.broadsheet.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.broadsheet.shared.SecureCookies;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void the_back_office_and_sign_in_may_not_be_framed_reading_pages_only_by_the_site() {
        assertThat(ContentSecurityPolicy.isFramingForbidden("/admin")).isTrue();
        assertThat(ContentSecurityPolicy.isFramingForbidden("/admin/articles/12")).isTrue();
        assertThat(ContentSecurityPolicy.isFramingForbidden("/login")).isTrue();
        assertThat(ContentSecurityPolicy.isFramingForbidden("/")).isFalse();
        assertThat(ContentSecurityPolicy.isFramingForbidden("/articles/administration-budget")).isFalse();
        assertThat(ContentSecurityPolicy.isFramingForbidden("/administration")).isFalse();

        assertThat(ContentSecurityPolicy.of("'self'", true)).endsWith("frame-ancestors 'none'");
        assertThat(ContentSecurityPolicy.of("'self'", false)).endsWith("frame-ancestors 'self'");
    }

    @Test
    void inline_scripts_are_named_by_their_sha256_as_browsers_compute_it() {
        // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
        assertThat(ContentSecurityPolicy.hashOf("alert(1)")).isEqualTo("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    @Test
    void the_policy_allows_no_plugins_no_foreign_base_and_no_foreign_forms() {
        assertThat(ContentSecurityPolicy.of("'self' 'sha256-x'", false))
                .contains("default-src 'self'", "script-src 'self' 'sha256-x'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'");
    }

    @Test
    void the_session_cookie_is_secure_when_the_site_is_served_over_https_unless_configured() {
        assertThat(SecureCookies.wanted(Optional.empty(), Optional.empty())).isFalse();
        assertThat(SecureCookies.wanted(Optional.empty(), Optional.of("http://localhost:8080"))).isFalse();
        assertThat(SecureCookies.wanted(Optional.empty(), Optional.of("HTTPS://news.example.org"))).isTrue();
        assertThat(SecureCookies.wanted(Optional.of(false), Optional.of("https://news.example.org"))).isFalse();
        assertThat(SecureCookies.wanted(Optional.of(true), Optional.empty())).isTrue();
    }
}
