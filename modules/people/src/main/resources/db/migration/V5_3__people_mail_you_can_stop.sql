-- Mail a person chose (replies to their comments, the moderation digest) carries the address that stops it in
-- one click (RFC 8058), which the mail's List-Unsubscribe header names.
alter table mail_outbox add column unsubscribe_url varchar(500);
