-- Office time the clock stood still for supplements, in minutes: the due date moves by exactly this much
-- (vn.motcua.deadline.ResumeDeadlineDelegate). paused_working_days stays the whole working days of it
-- (paused_minutes / minutes of a working day, rounded down), as the resolution-time report subtracts.
alter table dossier add column paused_minutes integer not null default 0;

-- Existing rows: their pauses were counted in whole working days of eight office hours.
update dossier set paused_minutes = paused_working_days * 480 where paused_working_days > 0;
