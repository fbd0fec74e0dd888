-- The library's record of each user, by the token's subject: who they are as of their last sign-in, and whether
-- the bureau disabled them in the library. Background work (alerts, mail) reads it.

create table library_user (
    subject varchar(128) primary key,
    name varchar(200),
    email varchar(200),
    email_verified boolean default false not null,
    realm_roles varchar(200),
    first_signed_in_at timestamp(6) with time zone not null,
    signed_in_at timestamp(6) with time zone not null,
    disabled boolean default false not null,
    disabled_reason varchar(2000)
);

-- Admins' decisions about users (disabling, enabling) name a user instead of a record.
alter table audit_entry alter column record_kind drop not null;
alter table audit_entry alter column record_id drop not null;
alter table audit_entry add column user_subject varchar(128);
