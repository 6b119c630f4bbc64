package org.broadsheet.content;

/**
 * Fired (as a CDI event) when an editor changes what a speaker's page says about them. Observe it
 * {@code during = AFTER_SUCCESS} to forget copies of that page.
 */
public record SpeakerChanged(String slug) {
}
