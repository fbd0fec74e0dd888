-- From match to agreement: cooperations with their audit trail, innovation vouchers, partners' track records.

-- Track record counters, read with the partner by matching (no query per candidate).
alter table institution add column track_record_completed integer default 0 not null;
alter table institution add column track_record_ratings integer default 0 not null;
alter table institution add column track_record_rating_sum integer default 0 not null;
alter table designer add column track_record_completed integer default 0 not null;
alter table designer add column track_record_ratings integer default 0 not null;
alter table designer add column track_record_rating_sum integer default 0 not null;

create sequence cooperation_seq start with 1 increment by 50;
create sequence cooperation_event_seq start with 1 increment by 50;
create sequence voucher_seq start with 1 increment by 50;

-- The partner is an institution or a designer: exactly one of the two references is set.
create table cooperation (
    id bigint primary key,
    external_id varchar(64) not null,
    owner_id varchar(128),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    need_id bigint not null references need (id),
    enterprise_id bigint not null references enterprise (id),
    institution_id bigint references institution (id),
    designer_id bigint references designer (id),
    status varchar(20) not null,
    message varchar(2000),
    agreement_type varchar(30),
    terms varchar(4000),
    start_date date,
    end_date date,
    accepted_at timestamp(6) with time zone,
    completed_at timestamp(6) with time zone,
    enterprise_rating integer,
    enterprise_comment varchar(2000),
    partner_rating integer,
    partner_comment varchar(2000),
    constraint uk_cooperation_external_id unique (external_id),
    constraint ck_cooperation_one_partner check ((institution_id is null) <> (designer_id is null))
);

create index ix_cooperation_need on cooperation (need_id);
create index ix_cooperation_enterprise on cooperation (enterprise_id);
create index ix_cooperation_institution on cooperation (institution_id);
create index ix_cooperation_designer on cooperation (designer_id);

-- Audit trail: every change of a cooperation, who made it and when.
create table cooperation_event (
    id bigint primary key,
    cooperation_id bigint not null references cooperation (id),
    at timestamp(6) with time zone not null,
    actor varchar(128) not null,
    from_status varchar(20),
    to_status varchar(20) not null,
    note varchar(2000)
);

create index ix_cooperation_event_cooperation on cooperation_event (cooperation_id);

-- Vouchers applied for through the library belong to a cooperation; those imported from the provincial
-- voucher platform's history have none.
create table voucher (
    id bigint primary key,
    external_id varchar(64) not null,
    owner_id varchar(128),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    enterprise_id bigint not null references enterprise (id),
    cooperation_id bigint references cooperation (id),
    institution_id bigint not null references institution (id),
    category varchar(40) not null,
    amount numeric(12, 2) not null,
    status varchar(10) not null,
    applied_on date not null,
    decision_reason varchar(2000),
    decided_by varchar(128),
    decided_at timestamp(6) with time zone,
    redeemed_amount numeric(12, 2),
    proof_reference varchar(200),
    redeemed_on date,
    redemption_key varchar(200),
    constraint uk_voucher_external_id unique (external_id),
    constraint uk_voucher_redemption_key unique (redemption_key),
    constraint ck_voucher_amount check (amount > 0)
);

create index ix_voucher_enterprise on voucher (enterprise_id);
create index ix_voucher_cooperation on voucher (cooperation_id);
