package org.broadsheet.commenting;

import java.time.Instant;
import java.util.List;

/** A shown comment readers reported, with their reasons (a line each) and whether the reports have hidden it. */
public record ReportedComment(long id, long articleId, String articleHeadline, String authorName, String authorEmail,
        Instant postedAt, String body, int openReports, boolean hidden, List<String> reports) {

    public ReportedComment {
        reports = List.copyOf(reports);
    }
}
