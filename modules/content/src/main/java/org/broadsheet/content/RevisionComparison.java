package org.broadsheet.content;

import java.util.List;

/** Two revisions of an article side by side: what changed from {@code from} to {@code to}, field by field. */
public record RevisionComparison(int from, int to, List<TextDiff.Piece> headline, List<TextDiff.Piece> standfirst,
        List<TextDiff.Piece> slug, List<TextDiff.Piece> body) {

    public RevisionComparison {
        headline = List.copyOf(headline);
        standfirst = List.copyOf(standfirst);
        slug = List.copyOf(slug);
        body = List.copyOf(body);
    }
}
