-- Online payments through a gateway: the gateway's transaction number is kept once its signed callback
-- has been verified. Callbacks find their order by reference (random for online orders; cash receipts
-- reuse the receipt-book number, which need not be unique across units).
alter table payment add column provider_txn varchar(100);
create index ix_payment_reference on payment (reference);
