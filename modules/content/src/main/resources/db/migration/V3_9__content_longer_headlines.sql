-- Headlines up to 400 characters: some newsrooms write long ones (and languages differ in how many characters a
-- sentence takes); the slug is cut to its 80 characters whatever the headline's length.
alter table article alter column headline set data type varchar(400);
alter table article_revision alter column headline set data type varchar(400);
