-- People: an email address for every account, unique whatever its case. The address is kept as written;
-- email_key (its lower-case form) carries the uniqueness, since H2 has no index on an expression. Accounts
-- opened before this had none: they keep signing in by username until an admin gives them one.
alter table account add column email varchar(254);
alter table account add column email_key varchar(254);
alter table account add constraint account_email_unique unique (email_key);
