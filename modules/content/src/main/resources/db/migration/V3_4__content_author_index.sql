-- An author's page and feed read their published articles newest first.
create index article_author_published on article (author_id, status, published_at);
