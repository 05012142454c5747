-- Online payments through a gateway: our order reference is unique; the gateway's transaction number is
-- kept once its signed callback has been verified.
alter table payment add column provider_txn varchar(100);
create unique index ux_payment_reference on payment (reference);
