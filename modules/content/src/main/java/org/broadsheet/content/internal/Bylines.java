package org.broadsheet.content.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.Author;

/** Turns author ids into the names printed under headlines, one query per list rather than one per article. */
@ApplicationScoped
class Bylines {

    @Inject
    Accounts accounts;

    /** Every id gets a byline: one whose account is gone is signed "Staff". */
    Map<Long, Author> of(Collection<Long> authorIds) {
        var found = accounts.authors(authorIds.stream().distinct().toList());
        var all = new HashMap<Long, Author>();
        authorIds.forEach(id -> all.put(id, found.getOrDefault(id, Author.STAFF)));
        return all;
    }

    /** One article's byline, in order. */
    List<Author> inOrder(List<Long> bylineIds) {
        var names = of(bylineIds);
        return bylineIds.stream().map(names::get).toList();
    }
}
