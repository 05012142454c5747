-- How the result was handed back (the return form's returnMethod: tai-quay, buu-chinh, dien-tu), set with
-- DA_TRA_KET_QUA. The electronic-result rate of the reports (vn.motcua.report) counts 'dien-tu'. Rows returned
-- before this column have none: the report counts them as not electronic.
alter table dossier add column return_method varchar(20);
