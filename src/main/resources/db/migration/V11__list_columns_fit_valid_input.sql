-- Every valid input fits its column: 50 capabilities of a 200-character title and a 2,000-character description
-- are up to 225,000 characters as JSON (quotes and backslashes escaped; control characters are refused before),
-- 50 tags of 50 characters up to 5,200.
alter table institution alter column capabilities set data type varchar(250000);
alter table designer alter column capabilities set data type varchar(250000);
alter table institution alter column tags set data type varchar(8000);
alter table designer alter column tags set data type varchar(8000);
