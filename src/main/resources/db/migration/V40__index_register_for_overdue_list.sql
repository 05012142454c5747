-- The overdue search of the register (GET /api/dossiers?overdue=true, DossierRegister.search): dossiers being
-- handled past their due time, of the caller's agencies or receiving units, newest first. They are few (about
-- 6,000 of 1,000,000) and old, so the search reads them from this index alone (status and due time first, then
-- what the visibility filter and the order need) before it sorts them and fetches one page of rows.
create index ix_dossier_overdue on dossier (status, due_at, agency, receiving_unit, submitted_at, code);
