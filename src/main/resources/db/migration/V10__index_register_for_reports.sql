-- Period reports (vn.motcua.report): find the dossiers carried over into a period, results by time,
-- the overdue list, closing events and late steps without scanning the register.
create index ix_dossier_finished_submitted on dossier (finished_at, submitted_at);
create index ix_dossier_status_submitted on dossier (status, submitted_at);
create index ix_dossier_status_original_due on dossier (status, original_due_at);
create index ix_dossier_accepted on dossier (accepted_at);
create index ix_dossier_event_status_time on dossier_event (status, occurred_at);
create index ix_dossier_event_result_time on dossier_event (step_result, occurred_at);
