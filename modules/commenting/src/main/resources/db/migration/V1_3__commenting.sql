-- Commenting: readers' comments. article_id names an article of the content module; no foreign key
-- crosses the module line, so each module's tables can change without the other's.
create sequence comment_seq start with 50 increment by 50;

create table reader_comment (
    id           bigint        not null primary key,
    version      bigint        not null,
    article_id   bigint        not null,
    author_name  varchar(80)   not null,
    author_email varchar(254)  not null,
    body         varchar(5000) not null,
    status       varchar(16)   not null,
    posted_at    timestamp with time zone not null,
    moderated_at timestamp with time zone,
    moderated_by varchar(64)
);

-- The article page reads approved comments of one article, oldest first; moderators read pending ones.
create index comment_article_status on reader_comment (article_id, status, posted_at);
create index comment_status_posted on reader_comment (status, posted_at);
