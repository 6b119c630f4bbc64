-- The photograph on a staff member's author page: one picture per account (people module, by id), from the same
-- library as articles' pictures, and public as soon as it is set (only staff have author pages).
create table author_portrait (
    account_id bigint not null primary key,
    image_id   bigint not null,
    constraint author_portrait_image_fk foreign key (image_id) references image (id)
);

create index author_portrait_image_idx on author_portrait (image_id);
