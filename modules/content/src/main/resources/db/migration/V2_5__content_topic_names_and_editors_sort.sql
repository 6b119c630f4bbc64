-- A topic is known by its name, whatever its case or spacing: two names that spell the same slug (or none,
-- such as 東京 and Україна) are two topics, and the same name typed again is the same topic.
alter table topic add column name_key varchar(320);
update topic set name_key = lower(trim(name));
alter table topic alter column name_key set not null;
alter table topic add constraint topic_name_key_unique unique (name_key);

-- The editors' list shows the latest change first (ties by id), a page at a time.
create index article_updated on article (updated_at desc, id desc);
