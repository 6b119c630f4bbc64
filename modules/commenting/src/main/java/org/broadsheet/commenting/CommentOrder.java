package org.broadsheet.commenting;

/** How readers order an article's threads (by their first comment); replies always read oldest first. */
public enum CommentOrder {
    OLDEST("Oldest"),
    NEWEST("Newest"),
    MOST_LIKED("Most liked");

    private final String label;

    CommentOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
