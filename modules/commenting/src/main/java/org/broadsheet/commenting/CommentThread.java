package org.broadsheet.commenting;

import java.util.List;

/**
 * A thread as a page shows it: its first comment, its first replies in the order they were written (each after the
 * comment it answers), and how many replies there are in all.
 */
public record CommentThread(PublishedComment first, List<PublishedComment> replies, long replyCount) {

    public CommentThread {
        replies = List.copyOf(replies);
    }

    public boolean hasMoreReplies() {
        return replies.size() < replyCount;
    }
}
