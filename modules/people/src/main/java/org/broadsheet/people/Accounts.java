package org.broadsheet.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The people who write, edit and sign in. Opening accounts is an admin's job; looking names up is public. */
public interface Accounts {

    /** Opens an account and returns its id; refuses a username that is taken. Admins only. */
    long open(@NotNull @Valid NewAccount account);

    Optional<AccountSummary> byUsername(String username);

    /** Display names by account id, in one query, for bylines on lists of articles. */
    Map<Long, String> displayNames(Collection<Long> accountIds);

    /** Whether any account exists at all: a fresh database has none. */
    boolean anyExist();
}
