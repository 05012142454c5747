-- How the applicant asked for the result at reception: tai-quay (at the counter), buu-chinh (by post) or dien-tu
-- (electronically, through the public look-up). Null for dossiers received before it was asked.
alter table dossier add column return_method varchar(20);
