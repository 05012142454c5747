-- The commune of residence the applicant gave (an agency code of kind xa), when known: the routing table
-- (processes/dmn/phan-cong.dmn) decides with it at intake for the dossier, and again for every liên thông step,
-- so a commune step goes to the applicant's commune as the dossier does. Null for older rows and when not given.
alter table dossier add column applicant_commune varchar(64);
