-- Sổ theo dõi hồ sơ: one entry per dossier the receiving unit received (accepted), numbered per unit and year
-- (Quyển số = the unit's book of that year, Số thứ tự = entry_number) in the transaction of the acceptance. The
-- Giấy tiếp nhận (Mẫu 01) prints the same number. Refused and not-yet-received dossiers have none.
create table register_entry (
    dossier_code   varchar(64) not null,
    receiving_unit varchar(64) not null,
    book_year      integer     not null,
    entry_number   integer     not null,
    sets           integer     not null default 1,
    entered_at     timestamp with time zone not null,
    constraint pk_register_entry primary key (dossier_code),
    constraint uk_register_entry_number unique (receiving_unit, book_year, entry_number),
    constraint fk_register_entry_dossier foreign key (dossier_code) references dossier (code)
);
