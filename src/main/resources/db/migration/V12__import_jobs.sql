-- Bulk imports run as jobs (importer.ImportJobs): the upload is stored, a worker of any replica claims the job for a
-- lease and writes it in chunks, each chunk's transaction also counting what it did, so the status is the same from
-- every replica and a job whose worker died is resumed where its last chunk ended once the lease runs out.

create sequence import_job_seq start with 1 increment by 50;
create sequence import_job_message_seq start with 1 increment by 50;

create table import_job (
    id bigint primary key,
    status varchar(16) not null,
    overwrite_owned boolean not null,
    submitted_by varchar(128) not null,
    submitted_at timestamp(6) with time zone not null,
    upload_bytes bigint not null,
    started_at timestamp(6) with time zone,
    finished_at timestamp(6) with time zone,
    -- the worker that holds the job and until when; another worker may take it over after that
    claimed_by varchar(100),
    lease_until timestamp(6) with time zone,
    attempts integer default 0 not null,
    -- the lines of the upload were read and their parse errors recorded
    parsed boolean default false not null,
    lines_read integer default 0 not null,
    created integer default 0 not null,
    updated integer default 0 not null,
    left_out integer default 0 not null,
    failed integer default 0 not null,
    -- how many of the valid lines (kind by kind, in line order) are handled: where a resumed job goes on
    position integer default 0 not null,
    problem varchar(2000)
);
create index ix_import_job_status on import_job (status);

create table import_upload (
    job_id bigint primary key references import_job (id) on delete cascade,
    body bytea not null
);

create table import_job_message (
    id bigint primary key,
    job_id bigint not null references import_job (id) on delete cascade,
    severity varchar(8) not null,
    line integer not null,
    external_id varchar(200),
    field varchar(200),
    message varchar(2000) not null
);
create index ix_import_job_message_job on import_job_message (job_id, line);
