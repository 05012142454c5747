-- The result document of a dossier as the returning officer attached it: number, date, signer and the file
-- (a dossier_file row of kind KET_QUA). A corrected attachment replaces the row; the earlier file stays on record.
create table dossier_result (
    dossier_code     varchar(64)              not null,
    document_number  varchar(100)             not null,
    signed_on        date                     not null,
    signer           varchar(200)             not null,
    file_id          bigint                   not null,
    recorded_by      varchar(100)             not null,
    recorded_at      timestamp with time zone not null,
    constraint pk_dossier_result primary key (dossier_code),
    constraint fk_dossier_result_dossier foreign key (dossier_code) references dossier (code),
    constraint fk_dossier_result_file foreign key (file_id) references dossier_file (id)
);
