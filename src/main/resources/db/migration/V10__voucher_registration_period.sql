-- A voucher provider's registration is valid until a day the bureau sets (null: without end).
alter table institution add column voucher_provider_until date;
