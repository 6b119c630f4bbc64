package org.broadsheet.content;

/** A topic as pages and forms name it: its URL part and its display name. */
public record TopicRef(String slug, String name) {

    /** A topic's name is shown in lists and menus; the database column holds this many characters. */
    public static final int MAX_NAME_LENGTH = 80;
    public static final String NAME_TOO_LONG = "A topic’s name can be at most " + MAX_NAME_LENGTH + " characters long.";
    public static final String NAME_BLANK = "A topic needs a name.";
}
