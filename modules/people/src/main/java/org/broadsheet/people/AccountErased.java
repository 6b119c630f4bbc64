package org.broadsheet.people;

/**
 * A person deleted their account: their name and address are gone from it. Fired in their transaction; a
 * module that copied either (a comment's author name) erases its copies in it too.
 */
public record AccountErased(long accountId) {

    /** What is shown where the person's name was. */
    public static final String SHOWN_AS = "Deleted account";
}
