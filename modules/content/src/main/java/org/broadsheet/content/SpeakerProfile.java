package org.broadsheet.content;

/**
 * Someone the newsroom quotes, as their page shows them: {@code description} is who they are now (each quote keeps
 * the role they had then); {@code link} is an optional address about them, null when there is none.
 */
public record SpeakerProfile(String slug, String name, String description, String link) {

    /** An address readers may follow from the newsroom's page: the web's, nothing a browser would run. */
    public static final String LINK_PATTERN = "^$|^https?://[^\\s<>\"]+$";

    public static final String LINK_REFUSED = "Give a web address starting with https:// or http://";

    public static final String DESCRIPTION_BLANK = "Say who they are, e.g. “Mayor of Bergen”";
}
