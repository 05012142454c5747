-- Digitisation at reception: which paper's file was scanned or uploaded at the counter, by whom, when, and the
-- SHA-256 of what was stored then (Nghị định 45/2020/NĐ-CP, Điều 9: the receiving officer digitises the papers).
create table paper_digitisation (
    file_id       bigint                   not null,
    dossier_code  varchar(64)              not null,
    digitised_by  varchar(100)             not null,
    digitised_at  timestamp with time zone not null,
    sha256        varchar(64)              not null,
    constraint pk_paper_digitisation primary key (file_id),
    constraint fk_paper_digitisation_file foreign key (file_id) references dossier_file (id),
    constraint fk_paper_digitisation_dossier foreign key (dossier_code) references dossier (code)
);

create index ix_paper_digitisation_dossier on paper_digitisation (dossier_code);
