-- Whether a financial obligation notified during appraisal stops the clock, as the procedure said when the
-- dossier was received (vn.motcua.dossier.DossierRules); null when the procedure has none.
alter table dossier_rule add column obligation_stops_clock boolean;
