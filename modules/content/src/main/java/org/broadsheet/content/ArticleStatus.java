package org.broadsheet.content;

/**
 * Where an article stands in the newsroom's workflow: draft → in review → scheduled → published, and back to
 * draft when it is withdrawn or unpublished. Only {@link #PUBLISHED} articles are ever shown to readers.
 */
public enum ArticleStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    /** The word the back office shows for it. */
    public String label() {
        return label;
    }
}
