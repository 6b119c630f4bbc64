-- A speaker's description is, until an editor writes one, the role they were first quoted in; readers are told the
-- role of their newest published quote instead. Once an editor has written it, readers are told that.
alter table speaker add column described_by_editor boolean default false not null;
