-- Admin: the site's settings, one row per named setting.
create table site_setting (
    name          varchar(64)   not null primary key,
    setting_value varchar(2000) not null
);
