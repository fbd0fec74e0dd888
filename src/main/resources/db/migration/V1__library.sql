-- The resource library: institutions, designers, enterprises and their needs.
-- Lists are JSON arrays in text columns: they are read whole and searched in Elasticsearch.

create sequence institution_seq start with 1 increment by 50;
create sequence designer_seq start with 1 increment by 50;
create sequence enterprise_seq start with 1 increment by 50;
create sequence need_seq start with 1 increment by 50;

create table institution (
    id bigint primary key,
    external_id varchar(64) not null,
    owner_id varchar(128),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    name varchar(200) not null,
    name_en varchar(300),
    type varchar(40) not null,
    description varchar(4000),
    industries varchar(1000),
    capabilities varchar(40000),
    tags varchar(4000),
    location_country varchar(2),
    location_province varchar(100),
    location_city varchar(100),
    location_district varchar(20),
    voucher_provider boolean not null,
    settled boolean not null,
    contact_person varchar(100),
    contact_phone varchar(30),
    contact_email varchar(200),
    constraint uk_institution_external_id unique (external_id)
);

create table designer (
    id bigint primary key,
    external_id varchar(64) not null,
    owner_id varchar(128),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    name varchar(200) not null,
    description varchar(4000),
    industries varchar(1000),
    capabilities varchar(40000),
    tags varchar(4000),
    years_experience integer,
    location_country varchar(2),
    location_province varchar(100),
    location_city varchar(100),
    location_district varchar(20),
    settled boolean not null,
    contact_person varchar(100),
    contact_phone varchar(30),
    contact_email varchar(200),
    constraint uk_designer_external_id unique (external_id)
);

create table enterprise (
    id bigint primary key,
    external_id varchar(64) not null,
    owner_id varchar(128),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    name varchar(200) not null,
    credit_code varchar(18),
    industries varchar(1000),
    district varchar(20),
    size varchar(10),
    description varchar(4000),
    contact_person varchar(100),
    contact_phone varchar(30),
    contact_email varchar(200),
    constraint uk_enterprise_external_id unique (external_id)
);

create table need (
    id bigint primary key,
    external_id varchar(64) not null,
    owner_id varchar(128),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    enterprise_id bigint not null references enterprise (id),
    title varchar(300) not null,
    description varchar(4000),
    industries varchar(1000),
    categories varchar(1000),
    keywords varchar(4000),
    budget_min numeric(14, 2),
    budget_max numeric(14, 2),
    use_voucher boolean not null,
    preferred_scope varchar(20) not null,
    status varchar(10) not null,
    constraint uk_need_external_id unique (external_id)
);

create index ix_need_enterprise on need (enterprise_id);
