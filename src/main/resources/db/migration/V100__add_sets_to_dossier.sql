-- Số lượng hồ sơ: how many sets (bộ) of papers the applicant handed in, given at intake (counter page, counter API,
-- online submission; 1 when not given, 1 to 99). The acceptance copies it into the Sổ theo dõi hồ sơ
-- (register_entry.sets), which the Giấy tiếp nhận (Mẫu 01) and the book print. Older rows: one set.
alter table dossier add column sets integer default 1 not null;
alter table dossier add constraint ck_dossier_sets check (sets between 1 and 99);
