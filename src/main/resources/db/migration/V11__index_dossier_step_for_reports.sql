-- Period reports (vn.motcua.report): late agency steps finished in a period.
create index ix_dossier_step_result_finished on dossier_step (result, finished_at);
