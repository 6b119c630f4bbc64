package org.broadsheet.people;

/**
 * Someone as a byline names them: the name readers see and the address of their author page
 * ({@code /authors/{slug}}). {@code slug} is null for a byline nobody can be found for, which then links nowhere.
 */
public record Author(long accountId, String name, String slug) {

    /** What an article whose author's account is gone is signed with. */
    public static final Author STAFF = new Author(0, "Staff", null);

    public boolean hasPage() {
        return slug != null;
    }
}
