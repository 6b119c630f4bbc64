-- Threads: a reply names the comment it answers (parent_id) and the thread's first comment (thread_id, its own id
-- for a first comment), so a page of threads is read by thread without walking the tree; depth is 0 for a first
-- comment and at most 3.
alter table reader_comment add column parent_id bigint;
alter table reader_comment add column thread_id bigint;
alter table reader_comment add column depth integer default 0 not null;
update reader_comment set thread_id = id;
alter table reader_comment alter column thread_id set not null;

-- Counted as they happen (readers sort by likes; reports hide a comment at a threshold), so no page counts rows.
alter table reader_comment add column like_count integer default 0 not null;
alter table reader_comment add column open_reports integer default 0 not null;
-- Hidden by readers' reports until a moderator looks; kept once a moderator has looked and kept it.
alter table reader_comment add column hidden boolean default false not null;
alter table reader_comment add column reports_kept boolean default false not null;
alter table reader_comment add column picked boolean default false not null;
alter table reader_comment add column edited_at timestamp with time zone;
-- Who took a shown comment down (AUTHOR or MODERATOR): its place in the thread stays, saying so.
alter table reader_comment add column removed_by varchar(16);

-- A page of an article's threads in each order readers choose, then the replies of those threads.
create index comment_threads_oldest on reader_comment (article_id, status, depth, posted_at);
create index comment_threads_liked on reader_comment (article_id, status, depth, like_count);
create index comment_thread on reader_comment (thread_id, status, posted_at);
-- The moderators' tab of reported comments.
create index comment_reported on reader_comment (open_reports);

-- A reader likes a comment once (signed in: a guest's like could be repeated at will).
create table comment_like (
    comment_id bigint                   not null,
    account_id bigint                   not null,
    liked_at   timestamp with time zone not null,
    primary key (comment_id, account_id)
);
create index comment_like_account on comment_like (account_id);

-- A report: once per reader (an account, or a guest's address) and comment, with a reason.
create table comment_report (
    comment_id  bigint                   not null,
    reporter    varchar(80)              not null,
    reason      varchar(24)              not null,
    note        varchar(500),
    reported_at timestamp with time zone not null,
    primary key (comment_id, reporter)
);

-- What editors set for one article, over the house rules: who may comment (NOBODY closes it) and who waits.
-- Null columns follow the site's rules.
create table article_discussion (
    article_id bigint      not null primary key,
    commenters varchar(16),
    policy     varchar(16)
);
