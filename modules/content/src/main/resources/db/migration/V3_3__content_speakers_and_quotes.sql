-- Quotes as data: the people (or bodies) articles quote, and each attributed quote of a body, with the speaker's
-- role at the time (it changes over the years; the quote keeps the one it had). Rewritten on every save.
create sequence speaker_seq start with 50 increment by 50;
create sequence quote_seq start with 50 increment by 50;

create table speaker (
    id          bigint       not null primary key,
    slug        varchar(80)  not null,
    name        varchar(120) not null,
    name_key    varchar(480) not null,
    description varchar(200) not null,
    link        varchar(500),
    constraint speaker_slug_unique unique (slug),
    constraint speaker_name_key_unique unique (name_key)
);

create table quote (
    id         bigint        not null primary key,
    article_id bigint        not null,
    speaker_id bigint        not null,
    position   integer       not null,
    text       varchar(4000) not null,
    role       varchar(200)  not null,
    constraint quote_article_fk foreign key (article_id) references article (id) on delete cascade,
    constraint quote_speaker_fk foreign key (speaker_id) references speaker (id)
);

-- A speaker's page lists their quotes; a save replaces an article's.
create index quote_speaker on quote (speaker_id);
create index quote_article on quote (article_id);
