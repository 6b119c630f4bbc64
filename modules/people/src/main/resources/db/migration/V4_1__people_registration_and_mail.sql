-- Readers register themselves and confirm their address; anyone can reset a forgotten password. Accounts that
-- exist already were opened by an admin (or the first start), who vouched for them: they count as confirmed.
-- A registration opens no account until its link is followed (the link carries what it chose); an invited
-- account waits unconfirmed until its person joins.
alter table account add column verified_at timestamp with time zone;
update account set verified_at = created_at;

-- One-use links sent by mail. Only a digest of each link's secret is kept, so a copy of the database opens no
-- account; a link is refused once used or expired.
create sequence account_token_seq start with 50 increment by 50;
create table account_token (
    id          bigint      not null primary key,
    -- Null for a registration: the account is opened when its link is followed.
    account_id  bigint      references account (id) on delete cascade,
    purpose     varchar(16) not null,
    digest      varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    -- The address the link proves: a registration's, or the new one of a change of address.
    new_email   varchar(254),
    -- For a registration: the name and password hash it chose, which the account is opened with when its link
    -- is followed (so nobody who registered an address first holds an account its owner then registers).
    pending_name          varchar(120),
    pending_password_hash varchar(512),
    constraint account_token_digest_unique unique (digest)
);
create index account_token_account on account_token (account_id, purpose);

-- Mail is written here in the transaction that decided to send it, then delivered: a mail the site said it
-- sent survives a crash before delivery. With no SMTP server configured it stays here for an admin to read.
create sequence mail_seq start with 50 increment by 50;
create table mail_outbox (
    id          bigint        not null primary key,
    version     bigint        not null,
    -- Whose account the mail is about, so deleting the account erases its mail too; null when no account.
    account_id  bigint,
    recipient   varchar(254)  not null,
    subject     varchar(200)  not null,
    body        varchar(8000) not null,
    queued_at   timestamp with time zone not null,
    claimed_until timestamp with time zone,
    sent_at     timestamp with time zone,
    attempts    integer       not null,
    last_error  varchar(500),
    -- Why a mail written down is not to be sent at all (a reset asked for an address no account has).
    withheld    varchar(200)
);
create index mail_outbox_unsent on mail_outbox (sent_at, queued_at);
