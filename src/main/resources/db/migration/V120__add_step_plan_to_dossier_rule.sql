-- The internal steps' shares of the committed time and the liên thông steps (agency, days, parallel) the
-- dossier was received under, as JSON (vn.motcua.dossier.DossierRules): a later edit of either in the
-- catalogue applies to new dossiers only. Null for a row kept before this column: the catalogue's current
-- plan is kept the first time it is read.
alter table dossier_rule add column step_plan text;
