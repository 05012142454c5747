-- When a dossier was refused, stopped or withdrawn (TU_CHOI, DUNG_XU_LY, RUT_HO_SO): the time of the event that
-- gave it that status; null in every other status. DossierRegister.record keeps it with the status, so period
-- reports (vn.motcua.report) read it from the row instead of searching dossier_event for every dossier.
alter table dossier add column closed_at timestamp with time zone;

-- Existing rows: the first event that set the dossier's current status, as the reports computed it until now.
update dossier set closed_at = (select min(e.occurred_at) from dossier_event e
        where e.dossier_code = dossier.code and e.status = dossier.status)
    where status in ('TU_CHOI', 'DUNG_XU_LY', 'RUT_HO_SO');
