package org.broadsheet.people;

import java.util.List;

/**
 * A module that keeps something of a person's (their comments, say) and gives it to them when they download
 * their data. The people module finds every implementation through CDI, so it never needs to know the modules
 * above it.
 */
public interface PersonalDataSource {

    /** The part of the download this fills, e.g. "comments". */
    String section();

    /** What this module keeps of the account, as records or maps that serialize to JSON. */
    List<?> of(long accountId);
}
