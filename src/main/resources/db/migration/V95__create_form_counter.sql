-- The running numbers of the papers a unit issues (Thông tư 03/2025/TT-VPCP, Phụ lục I; Nghị định 30/2020/NĐ-CP:
-- "Số" restarts each year): one row per issuing unit, series and year. The increment's row lock, taken in the
-- transaction that issues the paper, serialises every node sharing the database: no number twice, none skipped.
-- Series: SO = the Sổ theo dõi hồ sơ and its Giấy tiếp nhận (Mẫu 01); M02, M03, M04, M05 = those letters.
create table form_counter (
    issuer       varchar(64) not null,
    series       varchar(8)  not null,
    counter_year integer     not null,
    last_number  integer     not null,
    constraint pk_form_counter primary key (issuer, series, counter_year)
);
