package org.broadsheet.commenting;

/** Who may comment: on the whole site (the house rules), or on one article, where editors may say otherwise. */
public enum Commenters {

    /** Guests (a name and an address) and signed-in readers. */
    EVERYONE("Everyone: guests and signed-in readers"),
    /** Signed-in readers only: a guest is asked to sign in. */
    SIGNED_IN("Signed-in readers only"),
    /** Nobody: comments are closed (those already shown stay). */
    NOBODY("Nobody: comments are closed");

    private final String description;

    Commenters(String description) {
        this.description = description;
    }

    /** In the newsroom's words, for the settings pages. */
    public String description() {
        return description;
    }
}
