-- Both sides confirm: agreement terms carry a version that the other side confirms; completion needs both sides.

alter table cooperation add column terms_version integer default 0 not null;
alter table cooperation add column proposed_by varchar(10);
alter table cooperation add column proposed_at timestamp(6) with time zone;
alter table cooperation add column completion_confirmed_by varchar(10);
