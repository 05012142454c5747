-- A result sent to the applicant by post (Nghị định 118/2025/NĐ-CP, Điều 22: trả kết quả qua dịch vụ bưu chính
-- công ích): the postal item's number (UPU S10, e.g. EB123456785VN), where it went, and when.
create table dossier_shipment (
    dossier_code     varchar(64)              not null,
    carrier          varchar(50)              not null,
    tracking_number  varchar(40)              not null,
    recipient        varchar(200)             not null,
    address          varchar(500)             not null,
    sent_at          timestamp with time zone not null,
    constraint pk_dossier_shipment primary key (dossier_code),
    constraint uq_dossier_shipment_tracking unique (carrier, tracking_number),
    constraint fk_dossier_shipment_dossier foreign key (dossier_code) references dossier (code)
);
