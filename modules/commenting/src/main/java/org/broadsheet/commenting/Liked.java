package org.broadsheet.commenting;

/** A like given: how many like the comment now, and whether this one counted (a reader likes a comment once). */
public record Liked(int likes, boolean counted) {
}
