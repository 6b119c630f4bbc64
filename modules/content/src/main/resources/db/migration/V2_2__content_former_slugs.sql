-- Addresses a published article had before its slug changed: they answer 301 to its current address.
-- The primary key keeps a former address with one article for good, so an old link never changes hands.
create table article_former_slug (
    slug       varchar(80) not null primary key,
    article_id bigint      not null references article (id) on delete cascade
);

create index article_former_slug_article on article_former_slug (article_id);
