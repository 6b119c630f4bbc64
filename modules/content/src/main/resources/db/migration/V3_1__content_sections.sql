-- Sections: the newsroom's few departments, each article in exactly one. Set here, in the order the masthead
-- lists them; articles written before sections existed are news.
create table section (
    id       bigint      not null primary key,
    slug     varchar(80) not null,
    name     varchar(80) not null,
    position integer     not null,
    constraint section_slug_unique unique (slug)
);

insert into section (id, slug, name, position) values (1, 'news', 'News', 1);
insert into section (id, slug, name, position) values (2, 'analysis', 'Analysis', 2);
insert into section (id, slug, name, position) values (3, 'opinion', 'Opinion', 3);
insert into section (id, slug, name, position) values (4, 'business', 'Business', 4);
insert into section (id, slug, name, position) values (5, 'culture', 'Culture', 5);

alter table article add column section_id bigint;
update article set section_id = 1;
alter table article alter column section_id set not null;
alter table article add constraint article_section_fk foreign key (section_id) references section (id);

-- A section's page reads its published articles newest first.
create index article_section_published on article (section_id, status, published_at);
