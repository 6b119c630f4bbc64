package org.broadsheet.content;

/**
 * Someone the newsroom quotes, as their page shows them: {@code description} is who they are now (each quote keeps
 * the role they had then); {@code link} is an optional address about them, null when there is none.
 */
public record SpeakerProfile(String slug, String name, String description, String link) {
}
