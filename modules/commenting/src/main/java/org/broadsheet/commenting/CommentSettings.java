package org.broadsheet.commenting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The house rules for comments, which editors and admins set while the site runs. */
public interface CommentSettings {

    /** The rules in force; for editors and admins. */
    HouseRules houseRules();

    /** Puts new rules in force for every comment posted from now on; editors and admins. */
    void change(@NotNull @Valid HouseRules rules);
}
