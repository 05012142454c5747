-- The procedure rule a dossier was received under (vn.motcua.dossier.DossierRules): its time limits, how they
-- count and its fee, copied from the catalogue at registration. The deadline is counted from this row, so a
-- later catalogue edit applies to new dossiers only. Dossiers registered before this table get their row from
-- the catalogue the first time their deadline is counted.
create table dossier_rule (
    dossier_code    varchar(64)  not null,
    procedure_code  varchar(64)  not null,
    rule_version    varchar(100) not null,
    statutory_days  integer,
    committed_days  integer,
    committed_hours integer,
    same_day        boolean      not null,
    cutoff          time,
    fee_amount      bigint       not null,
    recorded_at     timestamp with time zone not null,
    constraint pk_dossier_rule primary key (dossier_code),
    constraint fk_dossier_rule_dossier foreign key (dossier_code) references dossier (code) on delete cascade
);
