-- Sign-in: GET /api/me lists the profiles a user owns; owner_id holds the user's subject (Keycloak's "sub").
create index ix_enterprise_owner on enterprise (owner_id);
create index ix_institution_owner on institution (owner_id);
create index ix_designer_owner on designer (owner_id);
create index ix_need_owner on need (owner_id);
