-- Comments by signed-in readers name their account (guests' stay without one): their name and address come
-- from it, so nobody signed in can comment as someone else, and a person's comments can be found together.
alter table reader_comment add column account_id bigint;
create index reader_comment_account on reader_comment (account_id);
