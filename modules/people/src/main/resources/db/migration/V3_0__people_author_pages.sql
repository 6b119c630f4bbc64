-- Author pages: each account gets a public address (/authors/{slug}) and an optional bio. The address is made
-- from the display name when the account opens; accounts opened before this migration get one from their id,
-- since SQL cannot spell names the way the application does (and a username, which signs in, is never shown).
alter table account add column slug varchar(80);
alter table account add column bio varchar(2000);
update account set slug = 'author-' || id;
alter table account alter column slug set not null;
alter table account add constraint account_slug_unique unique (slug);
