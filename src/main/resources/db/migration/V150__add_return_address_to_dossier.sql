-- Where the result goes when the applicant chose return by post (return_method = buu-chinh): the postal address
-- given at submission, which may differ from the applicant's address. Personal data: shown to officers only.
alter table dossier add column return_address varchar(500);
