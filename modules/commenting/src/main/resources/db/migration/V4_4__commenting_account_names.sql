-- A signed-in reader comments under their account's name, which may be up to 120 characters (a guest's name
-- stays at most 80, as the form says).
alter table reader_comment alter column author_name set data type varchar(120);
