package org.broadsheet.content;

/** A topic as pages and forms name it: its URL part and its display name. */
public record TopicRef(String slug, String name) {
}
