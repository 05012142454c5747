-- The "Số" of each letter issued about a dossier (Mẫu 02 bổ sung, 03 từ chối, 04 xin lỗi, 05 dừng giải quyết):
-- at most one of each form per dossier, numbered per issuing unit, form and year when it is issued.
create table form_number (
    dossier_code varchar(64) not null,
    form         varchar(8)  not null,
    issuer       varchar(64) not null,
    issued_year  integer     not null,
    number       integer     not null,
    issued_at    timestamp with time zone not null,
    constraint pk_form_number primary key (dossier_code, form),
    constraint uk_form_number_sequence unique (issuer, form, issued_year, number),
    constraint fk_form_number_dossier foreign key (dossier_code) references dossier (code)
);
