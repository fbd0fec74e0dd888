-- A full reindex (search.Reindexer) claims this row, on whichever instance it starts: a second reindex anywhere is
-- refused while it runs, and the outbox's processors give up the 'index' lease and wait until it ends, so that no
-- older document is written over the reindex's fresh ones (the changes made meanwhile are applied after it).
insert into index_processor_lease (name, holder, lease_until) values ('reindex', null, timestamp with time zone '1970-01-01 00:00:00+00');
