-- Pictures: each upload is kept re-encoded at the widths readers need (480, 960 and 1,600 pixels, or its own width
-- when narrower), one row per width, in the database, so every server instance serves every picture and a backup of
-- the database is a backup of the site. Pictures never change once stored; an article opens with one (its hero).
create sequence image_seq start with 50 increment by 50;

create table image (
    id          bigint      not null primary key,
    format      varchar(8)  not null,
    width       integer     not null,
    height      integer     not null,
    uploaded_at timestamp with time zone not null,
    uploaded_by varchar(64) not null
);

create sequence image_file_seq start with 50 increment by 50;

create table image_file (
    id         bigint  not null primary key,
    image_id   bigint  not null,
    width      integer not null,
    file_bytes bytea   not null,
    constraint image_file_image_fk foreign key (image_id) references image (id) on delete cascade,
    constraint image_file_width_unique unique (image_id, width)
);

alter table article add column hero_image_id bigint;
alter table article add column hero_alt varchar(250);
alter table article add column hero_caption varchar(300);
alter table article add column hero_credit varchar(120);
alter table article add constraint article_hero_image_fk foreign key (hero_image_id) references image (id);
create index article_hero_image_idx on article (hero_image_id);
