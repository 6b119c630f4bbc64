package org.broadsheet.content;

import java.time.Instant;

/** A quote as a speaker's page lists it: what they said, in what role then, and the published article it is in. */
public record AttributedQuote(String text, String role, String articleSlug, String articleHeadline, Instant publishedAt) {
}
