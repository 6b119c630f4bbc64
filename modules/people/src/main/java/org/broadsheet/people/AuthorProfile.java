package org.broadsheet.people;

/** What an author page shows of its author besides their articles; {@code bio} is plain text, empty when unset. */
public record AuthorProfile(Author author, String bio) {

    public static final int MAX_BIO_LENGTH = 2_000;
    public static final String BIO_TOO_LONG = "A bio can be at most " + MAX_BIO_LENGTH + " characters long.";

    public AuthorProfile {
        bio = bio == null ? "" : bio;
    }
}
