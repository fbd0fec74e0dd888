-- The order of the innovation-voucher (创新券) system: apply → approve (four eyes) → redemption requested with
-- proof → confirmed by the provider → paid on a second admin's approval. Only paid vouchers count as redeemed.

alter table voucher alter column status set data type varchar(20);
update voucher set status = 'PAID' where status = 'REDEEMED';

-- The proof of a redemption: the contract and the invoice, each used by one voucher only.
alter table voucher drop column proof_reference;
alter table voucher add column contract_reference varchar(200);
alter table voucher add column invoice_reference varchar(200);
alter table voucher add constraint uk_voucher_contract_reference unique (contract_reference);
alter table voucher add constraint uk_voucher_invoice_reference unique (invoice_reference);

-- Idempotency keys belong to the user who sent them.
alter table voucher drop constraint uk_voucher_redemption_key;
alter table voucher add column redemption_requested_by varchar(128);
alter table voucher add constraint uk_voucher_redemption_key unique (redemption_requested_by, redemption_key);

alter table voucher add column confirmed_by varchar(128);
alter table voucher add column confirmed_at timestamp(6) with time zone;
alter table voucher add column paid_by varchar(128);
alter table voucher add column paid_at timestamp(6) with time zone;

-- A credit code counts (unique, caps) once an admin verified it: the verified code, else null.
alter table enterprise add column verified_credit_code varchar(18);
alter table enterprise add constraint uk_enterprise_verified_credit_code unique (verified_credit_code);
