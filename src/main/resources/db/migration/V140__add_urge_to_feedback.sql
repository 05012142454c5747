-- The center's urge to an agency late with its answer to a phản ánh, kiến nghị (form urge-answer).
alter table feedback add column urge_note varchar(2000);
alter table feedback add column urged_at timestamp with time zone;
alter table feedback add column urged_by varchar(100);
