-- Revisions: every save of an article's text is kept (who, when, what changed), so an editor can compare any two
-- and bring an earlier one back. Articles saved before this migration start their history at their next save.
create sequence article_revision_seq start with 50 increment by 50;

create table article_revision (
    id            bigint       not null primary key,
    article_id    bigint       not null,
    number        integer      not null,
    saved_at      timestamp with time zone not null,
    saved_by      varchar(64)  not null,
    headline      varchar(200) not null,
    standfirst    varchar(400) not null,
    slug          varchar(80)  not null,
    body_markdown varchar(200000) not null,
    changed       varchar(64)  not null,
    restored_from integer,
    constraint article_revision_article_fk foreign key (article_id) references article (id) on delete cascade,
    constraint article_revision_number_unique unique (article_id, number)
);
