-- Content: articles, topics and which article is filed under which topic.
create sequence article_seq start with 50 increment by 50;
create sequence topic_seq start with 50 increment by 50;

create table topic (
    id   bigint      not null primary key,
    slug varchar(80) not null,
    name varchar(80) not null,
    constraint topic_slug_unique unique (slug)
);

create table article (
    id            bigint       not null primary key,
    version       bigint       not null,
    slug          varchar(80)  not null,
    headline      varchar(200) not null,
    standfirst    varchar(400) not null,
    body_markdown varchar(200000) not null,
    body_html     varchar(1000000) not null,
    status        varchar(16)  not null,
    author_id     bigint       not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    published_at  timestamp with time zone,
    constraint article_slug_unique unique (slug)
);

-- The front page reads published articles newest first.
create index article_status_published on article (status, published_at);

create table article_topic (
    article_id bigint not null references article (id) on delete cascade,
    topic_id   bigint not null references topic (id),
    primary key (article_id, topic_id)
);
