-- The moderators' queue shows each commenter's record: a guest's comments are found by their address (a signed-in
-- reader's by account, indexed already); and its tabs of decided comments are read newest first by status.
create index comment_author_email on reader_comment (author_email);

-- The day the moderation digest last went: every instance's timer locks this row, and the first to see an older day
-- sends it (a row that exists from the start, so two first digests cannot race to create it).
insert into comment_setting (name, setting_value) values ('digest-sent-on', '');
