-- Period reports (vn.motcua.report): dossiers submitted before a period and refused, stopped or withdrawn in or
-- after it (carried over), found by the closing time rather than among every dossier without a result.
create index ix_dossier_closed_submitted on dossier (closed_at, submitted_at);
