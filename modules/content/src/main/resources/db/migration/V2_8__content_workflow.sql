-- The editorial workflow: draft, in review, scheduled, published. A scheduled article carries the time it goes
-- out; the scheduler looks for the ones due, so that look is an index range, however many articles there are.
alter table article add column scheduled_for timestamp with time zone;

create index article_scheduled on article (scheduled_for);
