-- Shared bylines: an article is by its lead author (article.author_id) and, in the order the byline prints them,
-- anyone who wrote it with them. Author pages find an account's articles through either. No key on (article_id,
-- position): EclipseLink reorders a list by updating positions in place, one row at a time.
create table article_co_author (
    article_id bigint  not null,
    position   integer not null,
    account_id bigint  not null,
    constraint article_co_author_article_fk foreign key (article_id) references article (id) on delete cascade
);

create index article_co_author_article_idx on article_co_author (article_id, position);
create index article_co_author_account_idx on article_co_author (account_id);
