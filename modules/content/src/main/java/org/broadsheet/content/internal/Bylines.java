package org.broadsheet.content.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.broadsheet.people.Accounts;

/** Turns author ids into the names printed under headlines, one query per list rather than one per article. */
@ApplicationScoped
class Bylines {

    static final String UNKNOWN = "Staff";

    @Inject
    Accounts accounts;

    Map<Long, String> of(Collection<Long> authorIds) {
        return accounts.displayNames(authorIds.stream().distinct().toList());
    }

    String of(long authorId) {
        return of(List.of(authorId)).getOrDefault(authorId, UNKNOWN);
    }
}
