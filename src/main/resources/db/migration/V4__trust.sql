-- Trust: claims of profiles reviewed by admins, and the append-only log of admins' decisions.

create sequence profile_claim_seq start with 1 increment by 50;
create sequence audit_entry_seq start with 1 increment by 50;

-- A user's request to own a profile, with the evidence an admin checks against the record's contact details.
create table profile_claim (
    id bigint primary key,
    version bigint not null,
    created_at timestamp(6) with time zone not null,
    profile_kind varchar(20) not null,
    profile_id bigint not null,
    claimant varchar(128) not null,
    claimant_name varchar(200),
    credit_code varchar(18),
    evidence_reference varchar(200) not null,
    authorisation_reference varchar(200),
    contact_person varchar(100),
    contact_phone varchar(30),
    contact_email varchar(200),
    status varchar(10) not null,
    decision_reason varchar(2000),
    decided_by varchar(128),
    decided_at timestamp(6) with time zone
);

create index ix_profile_claim_profile on profile_claim (profile_kind, profile_id);
create index ix_profile_claim_claimant on profile_claim (claimant);
create index ix_profile_claim_status on profile_claim (status);

-- Who decided what, when and why. Rows are only ever inserted.
create table audit_entry (
    id bigint primary key,
    at timestamp(6) with time zone not null,
    actor varchar(128) not null,
    actor_name varchar(200),
    action varchar(40) not null,
    record_kind varchar(20) not null,
    record_id bigint not null,
    detail varchar(2000),
    reason varchar(2000)
);

create index ix_audit_entry_at on audit_entry (at);
