package org.broadsheet.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people who write, edit and sign in. Opening accounts is an admin's job; looking names up is public. */
public interface Accounts {

    /** Opens an account and returns its id; refuses a username that is taken. Admins only. */
    long open(@NotNull @Valid NewAccount account);

    Optional<AccountSummary> byUsername(String username);

    /**
     * Bylines by account id, for lists of articles: a fixed number of queries however long the list. Only staff
     * have author pages; anyone else's byline links nowhere.
     */
    Map<Long, Author> authors(Collection<Long> accountIds);

    /**
     * Everyone who may share an article's byline (staff), by name, at most {@code limit}: the editor's list to
     * pick co-authors from. Editors and admins only.
     */
    List<Author> staff(int limit);

    /** The staff member whose author page is at {@code slug}; empty for anyone else, readers included. */
    Optional<AuthorProfile> author(String slug);

    /**
     * Sets the bio on an author page, plain text; blank removes it. Staff write their own; an admin anyone's.
     *
     * @throws jakarta.ejb.EJBAccessException for anyone else
     */
    void describe(long accountId, @NotNull @Size(max = AuthorProfile.MAX_BIO_LENGTH,
            message = AuthorProfile.BIO_TOO_LONG) String bio);

    /** The signed-in person's own author page, as the form that edits it starts from; empty for a reader. */
    Optional<AuthorProfile> yourProfile();

    /** Whether any account exists at all: a fresh database has none. */
    boolean anyExist();
}
