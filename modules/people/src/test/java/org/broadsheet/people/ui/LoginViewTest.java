package org.broadsheet.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in, people are only ever sent to a page of this site, never to another host. */
class LoginViewTest {

    @Test
    void paths_inside_the_site_are_followed() {
        assertThat(LoginView.isPathInsideSite("admin/articles")).isTrue();
        assertThat(LoginView.isPathInsideSite("admin/articles/42")).isTrue();
        assertThat(LoginView.isPathInsideSite("")).isTrue();
    }

    @Test
    void anything_that_could_leave_the_site_is_ignored() {
        assertThat(LoginView.isPathInsideSite("//evil.example")).isFalse();
        assertThat(LoginView.isPathInsideSite("/\\evil.example")).isFalse();
        assertThat(LoginView.isPathInsideSite("https://evil.example")).isFalse();
        assertThat(LoginView.isPathInsideSite("javascript:alert(1)")).isFalse();
        assertThat(LoginView.isPathInsideSite("admin/../..//evil")).isFalse();
    }
}
