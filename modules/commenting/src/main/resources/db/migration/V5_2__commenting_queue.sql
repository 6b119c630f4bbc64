-- The moderators' queue shows each commenter's record: a guest's comments are found by their address (a signed-in
-- reader's by account, indexed already); and its tabs of decided comments are read newest first by status.
create index comment_author_email on reader_comment (author_email);
