-- Corrections and updates appended to published articles. A note's earlier wordings are kept, one row per
-- change, so a note is never edited away silently. Who wrote or changed a note is kept as their username.
create sequence article_note_seq start with 50 increment by 50;

create table article_note (
    id         bigint        not null primary key,
    article_id bigint        not null references article (id) on delete cascade,
    kind       varchar(16)   not null,
    note_text  varchar(2000) not null,
    noted_at   timestamp with time zone not null,
    noted_by   varchar(80)   not null,
    amended_at timestamp with time zone
);

create index article_note_article on article_note (article_id);

create table article_note_amendment (
    note_id       bigint        not null references article_note (id) on delete cascade,
    previous_text varchar(2000) not null,
    replaced_at   timestamp with time zone not null,
    replaced_by   varchar(80)   not null
);

create index article_note_amendment_note on article_note_amendment (note_id);
