-- Sessions end everywhere when a person asks, or when their password, roles or standing change: a session that
-- signed in before signed_out_at goes no further, on whichever server instance it lives.
alter table account add column signed_out_at timestamp with time zone;

-- A suspension (no commenting) or a ban (no signing in either), with its reason and an optional end.
alter table account add column restriction varchar(16);
alter table account add column restriction_reason varchar(500);
alter table account add column restricted_until timestamp with time zone;

-- What a person wants mailed to them: nothing unless they ask (replies to their comments; for editors, a
-- digest of the comments waiting for moderation).
alter table account add column mail_replies boolean default false not null;
alter table account add column mail_moderation_digest boolean default false not null;

-- Who did what to whose account, and why: kept even if the account is later erased.
create sequence people_audit_seq start with 50 increment by 50;
create table people_audit (
    id          bigint       not null primary key,
    happened_at timestamp with time zone not null,
    actor       varchar(64)  not null,
    account_id  bigint       not null,
    action      varchar(32)  not null,
    detail      varchar(600)
);
create index people_audit_account on people_audit (account_id, happened_at);
