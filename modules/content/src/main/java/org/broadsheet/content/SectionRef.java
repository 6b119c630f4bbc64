package org.broadsheet.content;

/** A section as pages and forms name it: its URL part ({@code /sections/{slug}}) and its display name. */
public record SectionRef(String slug, String name) {
}
