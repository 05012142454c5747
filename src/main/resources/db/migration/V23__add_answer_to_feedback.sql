-- The agency's answer to a phản ánh, kiến nghị, published to the sender.
alter table feedback add column answer varchar(4000);
alter table feedback add column answered_at timestamp with time zone;
alter table feedback add column answered_by varchar(100);
