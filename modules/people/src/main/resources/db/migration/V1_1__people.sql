-- People: accounts and their roles. Ids come from sequences in blocks of 50 (JPA allocationSize); EclipseLink
-- takes each value as the END of its block, so the sequences start at 50.
create sequence account_seq start with 50 increment by 50;

create table account (
    id            bigint       not null primary key,
    version       bigint       not null,
    username      varchar(64)  not null,
    display_name  varchar(120) not null,
    password_hash varchar(512) not null,
    created_at    timestamp with time zone not null,
    constraint account_username_unique unique (username)
);

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(32) not null,
    primary key (account_id, role)
);
