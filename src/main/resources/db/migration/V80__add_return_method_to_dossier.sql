-- How the result goes back to the applicant: tai-quay (at the counter), buu-chinh (by post) or dien-tu
-- (electronically, through the public look-up). Set at reception from what the applicant asked, and again with
-- DA_TRA_KET_QUA from the return form (how it was actually handed back). The electronic-result rate of the
-- reports (vn.motcua.report) counts 'dien-tu' among returned dossiers. Older rows have none: not electronic.
alter table dossier add column return_method varchar(20);
