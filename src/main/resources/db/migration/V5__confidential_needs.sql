-- Confidential needs: seen only by their owner, admins and the partners they were requested with; never indexed.
alter table need add column confidential boolean default false not null;
