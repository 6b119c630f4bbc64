-- The house rules: who waits for moderation, how many links pass, banned and suspect words (a word a line),
-- set by editors while the site runs. Absent rows mean the defaults (first comments wait, two links pass).
create table comment_setting (
    name          varchar(40)    not null primary key,
    setting_value varchar(50000) not null
);

-- Why the rules held or refused a comment, a reason a line, for the editor who reads it.
alter table reader_comment add column held_because varchar(1000);
