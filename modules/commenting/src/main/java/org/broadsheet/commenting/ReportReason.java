package org.broadsheet.commenting;

/** Why a reader reports a comment, in their words. */
public enum ReportReason {
    ABUSE("Abusive or harassing"),
    SPAM("Spam or advertising"),
    OFF_TOPIC("Off topic"),
    MISINFORMATION("False or misleading"),
    OTHER("Something else");

    private final String label;

    ReportReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
