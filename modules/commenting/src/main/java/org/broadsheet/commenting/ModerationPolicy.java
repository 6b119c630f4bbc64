package org.broadsheet.commenting;

/** Which comments an editor reads before readers see them (the house rules may hold others too, saying why). */
public enum ModerationPolicy {

    /** Every comment waits for an editor. */
    ALL("Every comment waits for an editor"),
    /**
     * A comment waits unless it comes from a signed-in reader who has had a comment approved before. A guest's
     * always waits: anyone can type someone else's name and address.
     */
    FIRST_TIME("Comments wait until their writer has had one approved (signed-in readers only)"),
    /** Comments appear at once unless a house rule holds them. */
    NONE("Comments appear at once unless a house rule holds them");

    private final String description;

    ModerationPolicy(String description) {
        this.description = description;
    }

    /** In the newsroom's words, for the settings page. */
    public String description() {
        return description;
    }
}
