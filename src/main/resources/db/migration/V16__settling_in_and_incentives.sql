-- Settling in (入驻): an institution's or designer's application, decided by an admin; approval sets the partner's
-- settled mark, a later withdrawal by an admin clears it.
create sequence settlement_application_seq start with 1 increment by 50;
create table settlement_application (
    id bigint primary key,
    external_id varchar(64) not null,
    owner_id varchar(128),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    profile_kind varchar(20) not null,
    profile_id bigint not null,
    contribution varchar(4000) not null,
    district varchar(20) not null,
    space_square_metres numeric(10, 2) not null,
    people integer not null,
    document_references varchar(4000) not null,
    status varchar(20) not null,
    applied_on date not null,
    decision_reason varchar(2000),
    decided_by varchar(128),
    decided_at timestamp(6) with time zone,
    withdrawal_reason varchar(2000),
    withdrawn_by varchar(128),
    withdrawn_at timestamp(6) with time zone,
    constraint uk_settlement_application_external_id unique (external_id),
    constraint ck_settlement_application_space check (space_square_metres >= 0),
    constraint ck_settlement_application_people check (people >= 0)
);
create index ix_settlement_application_profile on settlement_application (profile_kind, profile_id);

-- Incentive policies (rent subsidy, tax relief, R&D funding, talent award) with a budget per year.
create sequence incentive_policy_seq start with 1 increment by 50;
create table incentive_policy (
    id bigint primary key,
    external_id varchar(64) not null,
    owner_id varchar(128),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    kind varchar(20) not null,
    title_zh varchar(200) not null,
    title_en varchar(200) not null,
    text_zh varchar(8000) not null,
    text_en varchar(8000) not null,
    settled_only boolean not null,
    institution_types varchar(1000) not null,
    designers boolean not null,
    districts varchar(1000) not null,
    industries varchar(1000) not null,
    amount_rule varchar(20) not null,
    fixed_amount numeric(12, 2),
    cost_share numeric(5, 4),
    cap_per_applicant_year numeric(12, 2) not null,
    opens_on date not null,
    closes_on date not null,
    published_at timestamp(6) with time zone,
    published_by varchar(128),
    constraint uk_incentive_policy_external_id unique (external_id),
    constraint ck_incentive_policy_dates check (closes_on >= opens_on)
);

-- A policy's budget of one year: approvals lock this row, so that together they never exceed the amount.
create sequence policy_budget_seq start with 1 increment by 50;
create table policy_budget (
    id bigint primary key,
    policy_id bigint not null references incentive_policy (id),
    budget_year integer not null,
    amount numeric(14, 2) not null,
    granted numeric(14, 2) not null,
    constraint uk_policy_budget_year unique (policy_id, budget_year),
    constraint ck_policy_budget_within check (granted >= 0 and granted <= amount)
);

create sequence policy_application_seq start with 1 increment by 50;
create table policy_application (
    id bigint primary key,
    external_id varchar(64) not null,
    owner_id varchar(128),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    policy_id bigint not null references incentive_policy (id),
    profile_kind varchar(20) not null,
    profile_id bigint not null,
    budget_year integer not null,
    declared_cost numeric(12, 2),
    document_references varchar(4000) not null,
    note varchar(2000),
    status varchar(20) not null,
    applied_on date not null,
    proposed_amount numeric(12, 2),
    proposed_by varchar(128),
    proposed_at timestamp(6) with time zone,
    decision_reason varchar(2000),
    decided_by varchar(128),
    decided_at timestamp(6) with time zone,
    granted_amount numeric(12, 2),
    disbursed_amount numeric(12, 2),
    disbursement_reference varchar(200),
    disbursed_on date,
    disbursed_by varchar(128),
    constraint uk_policy_application_external_id unique (external_id),
    constraint ck_policy_application_cost check (declared_cost is null or declared_cost > 0)
);
create index ix_policy_application_policy on policy_application (policy_id, budget_year);
create index ix_policy_application_profile on policy_application (profile_kind, profile_id);
